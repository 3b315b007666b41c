import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppButtonLink } from '@/components/AppLink';
import { SelectField, TextField } from '@/components/FormField';
import { PageHeader } from '@/components/PageHeader';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import type { UserCreate, UserRole } from '../api/types';
import { useCreateUser } from '../api/use-user-mutations';

export function NewUserPage() {
  const { t } = useTranslation('users');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const [form, setForm] = useState<UserCreate>({ email: '', name: '', role: 'viewer', password: '' });
  const fieldErrors = formFieldErrors(create.error);
  const set = <K extends keyof UserCreate>(key: K, value: UserCreate[K]) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { ...form, email: form.email.trim(), name: form.name.trim() },
      {
        onSuccess: (user) =>
          void navigate('/beheer/gebruikers', { state: { notice: t('create.done', { name: user.name }) } }),
      },
    );
  };

  return (
    <div className="lk-form">
      <PageHeader title={t('create.title')} description={t('create.intro')} />
      <FormProblem error={create.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t('fields.name')}
          name="name"
          required
          autoComplete="off"
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          error={fieldErrors.name}
        />
        <TextField
          label={t('fields.email')}
          name="email"
          type="email"
          required
          autoComplete="off"
          value={form.email}
          onChange={(e) => set('email', e.target.value)}
          error={fieldErrors.email}
        />
        <SelectField
          label={t('fields.role')}
          name="role"
          required
          value={form.role}
          onChange={(e) => set('role', e.target.value as UserRole)}
          error={fieldErrors.role}
          description={t('fields.roleHelp')}
          options={vocab.options('Role')}
        />
        <TextField
          label={t('fields.password')}
          name="password"
          type="password"
          required
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => set('password', e.target.value)}
          error={fieldErrors.password}
          description={t('fields.passwordHelp')}
        />
        <div className="lk-form-actions">
          <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
            {t('create.submit')}
          </Button>
          <AppButtonLink to="/beheer/gebruikers">{tc('actions.cancel')}</AppButtonLink>
        </div>
      </form>
    </div>
  );
}
