import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NewItemSection } from './NewItemSection';

describe('NewItemSection', () => {
  it('opens the form in its place, and its cancel closes it and clears what the last attempt left', async () => {
    const onClose = vi.fn();
    render(
      <NewItemSection id="trainer-new" title="Trainer toevoegen" openLabel="Nieuwe trainer"
        intro="Een trainer geeft bijeenkomsten." onClose={onClose}>
        {(close) => <button type="button" onClick={close}>Annuleren</button>}
      </NewItemSection>,
    );
    expect(screen.getByRole('region', { name: 'Trainer toevoegen' })).toBeInTheDocument();
    expect(screen.getByText('Een trainer geeft bijeenkomsten.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe trainer' }));
    expect(screen.queryByRole('button', { name: 'Nieuwe trainer' })).not.toBeInTheDocument();
    expect(screen.queryByText('Een trainer geeft bijeenkomsten.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Nieuwe trainer' })).toHaveFocus();
  });
});
