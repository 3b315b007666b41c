import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import '@/i18n';
import { actionLabel, entityTypeLabel, fieldLabel } from './labels';

describe('audit labels', () => {
  const t = i18n.getFixedT('nl');

  it('says in Dutch what happened to what', () => {
    expect(actionLabel(t, 'intervention.updated')).toBe('Interventie gewijzigd');
    expect(actionLabel(t, 'auth.login_failed')).toBe('Inloggen mislukt');
    expect(actionLabel(t, 'person.erased')).toBe('Medewerker gewist');
    expect(entityTypeLabel(t, 'budget_line')).toBe('Budgetregel');
    expect(fieldLabel(t, 'employeeNumber')).toBe('Personeelsnummer');
  });

  it('reads an unknown code as words rather than showing it raw', () => {
    expect(actionLabel(t, 'widget.polished')).toBe('Widget polished');
    expect(fieldLabel(t, 'shinyNewField')).toBe('Shiny new field');
  });
});
