import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, type SelectFieldOption } from '@/components/FormField';
import type { AuditFacets } from '../api/types';
import { actionLabel, entityTypeLabel } from '../labels';

export interface AuditFilterValues {
  action: string;
  entityType: string;
  actorId: string;
  entityId: string;
}

function byLabel(options: SelectFieldOption[], language: string): SelectFieldOption[] {
  return [...options].sort((a, b) => a.label.localeCompare(b.label, language));
}

/** Filters by what the trail holds, each offered by its Dutch (or English) label, never by its code. */
export function AuditFilters({
  value,
  facets,
  onChange,
  errors,
}: {
  value: AuditFilterValues;
  facets: AuditFacets | undefined;
  onChange: (value: AuditFilterValues) => void;
  errors?: Record<string, string>;
}) {
  const { t, i18n } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const [form, setForm] = useState(value);
  const set = (key: keyof AuditFilterValues, v: string) => setForm((f) => ({ ...f, [key]: v }));
  const language = i18n.language;
  // a value in the address that the trail no longer holds still shows, by its label
  const withCurrent = (values: string[], current: string) => (current && !values.includes(current) ? [...values, current] : values);

  const actions = byLabel(withCurrent(facets?.actions ?? [], form.action)
    .map((action) => ({ value: action, label: actionLabel(t, action) })), language);
  const types = byLabel(withCurrent(facets?.entityTypes ?? [], form.entityType)
    .map((type) => ({ value: type, label: entityTypeLabel(t, type) })), language);
  const actors = (facets?.actors ?? []).map((actor) => ({ value: actor.id, label: actor.name }));
  if (form.actorId && !actors.some((actor) => actor.value === form.actorId)) {
    actors.push({ value: form.actorId, label: t('filters.unknownActor') });
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...form, entityId: form.entityId.trim() });
  };

  return (
    <form className="lk-filters" role="search" aria-label={t('filters.label')} onSubmit={onSubmit} noValidate>
      <SelectField
        label={t('filters.action')}
        name="action"
        value={form.action}
        onChange={(e) => set('action', e.target.value)}
        error={errors?.action}
        options={[{ value: '', label: t('filters.anyAction') }, ...actions]}
      />
      <SelectField
        label={t('filters.entityType')}
        name="entityType"
        value={form.entityType}
        onChange={(e) => set('entityType', e.target.value)}
        error={errors?.entityType}
        options={[{ value: '', label: t('filters.anyEntityType') }, ...types]}
      />
      <SelectField
        label={t('filters.actor')}
        name="actorId"
        value={form.actorId}
        onChange={(e) => set('actorId', e.target.value)}
        error={errors?.actorId}
        options={[{ value: '', label: t('filters.anyActor') }, ...actors]}
      />
      <TextField
        label={t('filters.entityId')}
        name="entityId"
        value={form.entityId}
        onChange={(e) => set('entityId', e.target.value)}
        error={errors?.entityId}
        description={t('filters.entityIdHelp')}
      />
      <Button type="submit" appearance="secondary-action-button">
        {tc('actions.filter')}
      </Button>
    </form>
  );
}
