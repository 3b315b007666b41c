import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditChanges } from './AuditChanges';

describe('AuditChanges', () => {
  it('shows before → after under Dutch field names, and only the value for a new record', () => {
    render(
      <AuditChanges
        entityType="user"
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
    expect(text('Rol')).toBe('Lezer → Bewerker'); // an enum's values by their labels, not their codes
    expect(text('E-mailadres')).toBe('jan@example.org');
    expect(text('Actief')).toBe('ja → nee');
    expect(text('Wachtwoord')).toBe('*** → ***');
    expect(text('Begindatum')).not.toContain('2014-05-01');
    expect(text('Begindatum')).toContain('2014');
    expect(text('Some new field')).toBe('a → b'); // a field with no label yet reads as words, not as a code
  });

  it('reads an enum by the entity it belongs to, and a list of them', () => {
    render(
      <AuditChanges
        entityType="plan"
        changes={{ status: { from: 'draft', to: 'adopted' }, measurementLevels: { from: null, to: ['participant'] } }}
      />,
    );
    const text = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
    expect(text('Status')).toBe('Concept → Vastgesteld');
    expect(text('Meetniveaus')).toBe('Deelnemer');
  });

  it('says so when no fields changed', () => {
    render(<AuditChanges entityType="user" changes={null} />);
    expect(screen.getByText('Geen velden')).toBeInTheDocument();
  });
});
