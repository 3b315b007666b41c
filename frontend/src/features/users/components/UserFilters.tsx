import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/FormField';
import { useVocabulary } from '@/i18n/vocabulary';

export interface UserFilterValues {
  q: string;
  role: string;
  /** '', 'true' or 'false' */
  isActive: string;
}

export function UserFilters({
  value,
  onChange,
  errors,
}: {
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation('users');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const [q, setQ] = useState(value.q);
  const [role, setRole] = useState(value.role);
  const [isActive, setIsActive] = useState(value.isActive);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ q: q.trim(), role, isActive });
  };

  return (
    <form className="lk-filters" role="search" aria-label={t('filters.label')} onSubmit={onSubmit} noValidate>
        <TextField
          label={t('filters.q')}
          name="q"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          error={errors?.q}
        />
        <SelectField
          label={t('filters.role')}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value)}
          error={errors?.role}
          options={[
            { value: '', label: t('filters.allRoles') },
            ...vocab.options('Role'),
          ]}
        />
        <SelectField
          label={t('filters.status')}
          name="isActive"
          value={isActive}
          onChange={(e) => setIsActive(e.target.value)}
          error={errors?.isActive}
          options={[
            { value: '', label: t('filters.allStatuses') },
            { value: 'true', label: t('status.active') },
            { value: 'false', label: t('status.inactive') },
          ]}
        />
        <Button type="submit" appearance="secondary-action-button">
          {tc('actions.search')}
        </Button>
    </form>
  );
}
