import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FormActions } from './FormActions';

describe('FormActions', () => {
  it('offers submit and cancel, both waiting while the form saves', () => {
    render(<FormActions submitLabel="Opslaan" busy onCancel={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Annuleren' })).toBeDisabled();
  });

  it('has no cancel without a way to close the form', () => {
    render(<FormActions submitLabel="Toevoegen" busy={false} />);
    expect(screen.getByRole('button', { name: 'Toevoegen' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Annuleren' })).not.toBeInTheDocument();
  });
});
