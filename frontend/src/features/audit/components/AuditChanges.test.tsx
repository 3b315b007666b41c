import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditChanges } from './AuditChanges';

describe('AuditChanges', () => {
  it('shows before → after, and only the value for a new record', () => {
    render(
      <AuditChanges
        changes={{
          role: { from: 'viewer', to: 'editor' },
          email: { from: null, to: 'jan@example.org' },
          isActive: { from: true, to: false },
          password: { from: '***', to: '***' },
        }}
      />,
    );
    const text = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
    expect(text('role')).toBe('viewer → editor');
    expect(text('email')).toBe('jan@example.org');
    expect(text('isActive')).toBe('true → false');
    expect(text('password')).toBe('*** → ***');
  });

  it('says so when no fields changed', () => {
    render(<AuditChanges changes={null} />);
    expect(screen.getByText('Geen velden')).toBeInTheDocument();
  });
});
