import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '@/i18n';
import { Completion } from './Completion';

const figures = { invited: 20, pending: 2, sent: 4, opened: 2, completed: 12, rate: 0.6 };

describe('a round\'s completion', () => {
  it('says how many of the invited completed, with a bar', () => {
    render(<Completion completion={figures} />);
    expect(screen.getByText('12 van 20 ingevuld (60 %)')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Ingevuld: 60 procent' });
    expect(bar.getAttribute('value')).toBe('12');
    expect(bar.getAttribute('max')).toBe('20');
  });

  it('says nobody is invited yet before the invitations', () => {
    render(<Completion completion={{ ...figures, invited: 0, pending: 0, sent: 0, opened: 0, completed: 0, rate: null }} />);
    expect(screen.getByText('Nog niemand uitgenodigd')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
