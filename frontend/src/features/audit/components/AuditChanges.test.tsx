import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditChanges } from './AuditChanges';

describe('AuditChanges', () => {
  it('shows before → after under Dutch field names, and only the value for a new record', () => {
    render(
      <AuditChanges
        changes={{
          role: { from: 'viewer', to: 'editor' },
          email: { from: null, to: 'jan@example.org' },
          isActive: { from: true, to: false },
          password: { from: '***', to: '***' },
          startsOn: { from: null, to: '2014-05-01' },
          someNewField: { from: 'a', to: 'b' },
        }}
      />,
    );
    const text = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
    expect(text('Rol')).toBe('viewer → editor');
    expect(text('E-mailadres')).toBe('jan@example.org');
    expect(text('Actief')).toBe('ja → nee');
    expect(text('Wachtwoord')).toBe('*** → ***');
    expect(text('Begindatum')).not.toContain('2014-05-01');
    expect(text('Begindatum')).toContain('2014');
    expect(text('Some new field')).toBe('a → b'); // a field with no label yet reads as words, not as a code
  });

  it('says so when no fields changed', () => {
    render(<AuditChanges changes={null} />);
    expect(screen.getByText('Geen velden')).toBeInTheDocument();
  });
});
