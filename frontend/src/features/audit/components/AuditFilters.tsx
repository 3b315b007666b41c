import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/FormField';

export interface AuditFilterValues {
  action: string;
  entityType: string;
  entityId: string;
}

export function AuditFilters({
  value,
  onChange,
  errors,
}: {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const [form, setForm] = useState(value);
  const set = (key: keyof AuditFilterValues, v: string) => setForm((f) => ({ ...f, [key]: v }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ action: form.action.trim(), entityType: form.entityType.trim(), entityId: form.entityId.trim() });
  };

  return (
    <form className="lk-filters" role="search" aria-label={t('filters.label')} onSubmit={onSubmit} noValidate>
      <TextField
        label={t('filters.action')}
        name="action"
        value={form.action}
        onChange={(e) => set('action', e.target.value)}
        error={errors?.action}
        description={t('filters.actionHelp')}
      />
      <TextField
        label={t('filters.entityType')}
        name="entityType"
        value={form.entityType}
        onChange={(e) => set('entityType', e.target.value)}
        error={errors?.entityType}
        description={t('filters.entityTypeHelp')}
      />
      <TextField
        label={t('filters.entityId')}
        name="entityId"
        value={form.entityId}
        onChange={(e) => set('entityId', e.target.value)}
        error={errors?.entityId}
      />
      <Button type="submit" appearance="secondary-action-button">
        {tc('actions.filter')}
      </Button>
    </form>
  );
}
