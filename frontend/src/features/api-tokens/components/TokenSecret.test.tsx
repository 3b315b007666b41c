import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenSecret } from './TokenSecret';

const SECRET = 'lk_abcdefghijklmnopqrstuvwxyz0123456789';

afterEach(() => vi.restoreAllMocks());

describe('TokenSecret', () => {
  it('shows the secret once with a warning, and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<TokenSecret name="HR-koppeling" token={SECRET} />);
    expect(screen.getByRole('heading', { name: 'Token voor HR-koppeling' })).toBeInTheDocument();
    expect(screen.getByText(/Hij wordt niet nog een keer getoond\./)).toBeInTheDocument();
    expect(screen.getByLabelText('API-token (geheim)')).toHaveValue(SECRET);
    await user.click(screen.getByRole('button', { name: 'Kopieer token' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(screen.getByRole('status')).toHaveTextContent('De token is gekopieerd naar het klembord.');
  });

  it('selects the secret for manual copying when the clipboard is not available', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<TokenSecret name="HR-koppeling" token={SECRET} />);
    await user.click(screen.getByRole('button', { name: 'Kopieer token' }));
    expect(screen.getByRole('status')).toHaveTextContent('Ctrl+C');
    const input = screen.getByLabelText<HTMLInputElement>('API-token (geheim)');
    expect(input.selectionStart).toBe(0);
    expect(input.selectionEnd).toBe(SECRET.length);
  });
});
