import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeleteSection } from './DeleteSection';

function renderSection(allowed = true) {
  const mutation = { isPending: false, error: null, reset: vi.fn() };
  const onConfirm = vi.fn();
  render(
    <DeleteSection headingId="plan-delete" title="Verwijderen" intro="Dit kan niet ongedaan worden gemaakt."
      buttonLabel="Plan verwijderen" allowed={allowed} confirmTitle="Plan verwijderen?" confirmLabel="Ja, verwijderen"
      mutation={mutation} onConfirm={onConfirm}>
      Het plan en zijn structuur verdwijnen.
    </DeleteSection>,
  );
  return { mutation, onConfirm };
}

describe('DeleteSection', () => {
  it('asks before deleting, and a cancel clears the failure', async () => {
    const { mutation, onConfirm } = renderSection();
    expect(screen.getByRole('region', { name: 'Verwijderen' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Plan verwijderen' }));
    const dialog = screen.getByRole('dialog', { name: 'Plan verwijderen?' });
    expect(dialog).toHaveAccessibleDescription('Het plan en zijn structuur verdwijnen.');
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(mutation.reset).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Plan verwijderen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('only explains when deleting is not allowed', () => {
    renderSection(false);
    expect(screen.getByText('Dit kan niet ongedaan worden gemaakt.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
