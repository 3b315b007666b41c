import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '@/components/FormField';
import { Notice } from '@/components/Notice';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import { isApiProblem } from '@/lib/api-problem';
import type { User, UserRole, UserUpdate } from '../api/types';
import { useUpdateUser } from '../api/use-user-mutations';

/** The changes from `user` to the form's values; only these are sent. */
export function userChanges(user: User, form: { name: string; role: UserRole; isActive: boolean; password: string }): UserUpdate {
  const changes: UserUpdate = {};
  if (form.name.trim() !== user.name) changes.name = form.name.trim();
  if (form.role !== user.role) changes.role = form.role;
  if (form.isActive !== user.isActive) changes.isActive = form.isActive;
  if (form.password) changes.password = form.password;
  return changes;
}

export function UserEditForm({
  user,
  isSelf,
  onReload,
}: {
  user: User;
  isSelf: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation('users');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const update = useUpdateUser(user.id);
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<UserRole>(user.role);
  const [isActive, setIsActive] = useState(user.isActive);
  const [password, setPassword] = useState('');
  const [saved, setSaved] = useState(false);
  const [nothingChanged, setNothingChanged] = useState(false);
  const fieldErrors = formFieldErrors(update.error);
  const stale = isApiProblem(update.error) && update.error.status === 412;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const changes = userChanges(user, { name, role, isActive, password });
    if (Object.keys(changes).length === 0) {
      setNothingChanged(true);
      return;
    }
    setNothingChanged(false);
    update.mutate(
      { version: user.version, changes },
      {
        onSuccess: () => {
          setPassword('');
          setSaved(true);
        },
      },
    );
  };

  return (
    <section className="lk-section lk-form" aria-labelledby="user-edit-title">
      <Heading2 id="user-edit-title">{t('edit.title')}</Heading2>
      {saved ? <Notice>{t('edit.saved')}</Notice> : null}
      {nothingChanged ? <Notice>{t('edit.nothingChanged')}</Notice> : null}
      <FormProblem error={update.error} onReload={onReload} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t('fields.name')}
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldErrors.name}
        />
        <SelectField
          label={t('fields.role')}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as UserRole)}
          error={fieldErrors.role}
          description={isSelf ? t('edit.selfRoleHelp') : t('fields.roleHelp')}
          options={vocab.options('Role')}
        />
        <CheckboxField
          label={t('fields.isActive')}
          name="isActive"
          checked={isActive}
          onChange={(e) => setIsActive(e.target.checked)}
          error={fieldErrors.isActive}
          description={t('fields.isActiveHelp')}
        />
        <TextField
          label={t('fields.newPassword')}
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldErrors.password}
          description={t('fields.newPasswordHelp')}
        />
        <div className="lk-form-actions">
          <Button type="submit" appearance="primary-action-button" busy={update.isPending} disabled={update.isPending || stale}>
            {tc('actions.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
