import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/lib/api-problem';
import { ConfirmDialog } from './ConfirmDialog';

describe('ConfirmDialog', () => {
  it('starts on Cancel, confirms on request and shows a failed confirmation', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const { rerender } = render(
      <ConfirmDialog open title="Token intrekken?" confirmLabel="Ja, intrekken" onConfirm={onConfirm} onCancel={onCancel}>
        Dit kan niet ongedaan worden gemaakt.
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Token intrekken?' });
    expect(dialog).toHaveAccessibleDescription('Dit kan niet ongedaan worden gemaakt.');
    expect(screen.getByRole('button', { name: 'Annuleren' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Ja, intrekken' }));
    expect(onConfirm).toHaveBeenCalledOnce();

    rerender(
      <ConfirmDialog
        open
        title="Token intrekken?"
        confirmLabel="Ja, intrekken"
        onConfirm={onConfirm}
        onCancel={onCancel}
        error={new ApiProblem({ status: 409, title: 'Conflict', detail: 'You cannot delete the last admin.' })}
      >
        Dit kan niet ongedaan worden gemaakt.
      </ConfirmDialog>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('You cannot delete the last admin.');
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('renders nothing visible when closed', () => {
    render(
      <ConfirmDialog open={false} title="Weg?" confirmLabel="Ja" onConfirm={() => {}} onCancel={() => {}}>
        Tekst
      </ConfirmDialog>,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
