import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES } from '@/api/enums';
import { AppButtonLink, AppLink } from '@/components/AppLink';
import { CheckboxGroup, TextField } from '@/components/FormField';
import { PageHeader, requestHeadingFocus } from '@/components/PageHeader';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { isoDateFromToday } from '@/lib/format';
import type { ApiTokenScope } from '../api/types';
import { useCreateApiToken } from '../api/use-api-token-mutations';
import { TokenSecret } from '../components/TokenSecret';

const DEFAULT_VALID_DAYS = 90;

export function NewApiTokenPage() {
  const { t } = useTranslation('apiTokens');
  const { t: tc } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiTokenScope[]>(['read']);
  const [expiresOn, setExpiresOn] = useState(() => isoDateFromToday(DEFAULT_VALID_DAYS));
  const fieldErrors = formFieldErrors(create.error);

  if (create.isSuccess) {
    return (
      <>
        <PageHeader title={t('create.doneTitle')} />
        <TokenSecret name={create.data.name} token={create.data.token} />
        <Paragraph>
          <AppLink to="/beheer/api-tokens">{t('create.backToList')}</AppLink>
        </Paragraph>
      </>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), scopes, expiresOn },
      // The page turns into the secret's page: its heading takes focus.
      { onSuccess: () => requestHeadingFocus() },
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
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldErrors.name}
          description={t('fields.nameHelp')}
        />
        <CheckboxGroup
          legend={t('fields.scopes')}
          name="scopes"
          required
          value={scopes}
          onChange={(v) => setScopes(v as ApiTokenScope[])}
          error={fieldErrors.scopes}
          options={ENUM_VALUES.TokenScope.map((s) => ({ value: s, label: t(`scopes.${s}Long`) }))}
        />
        <TextField
          label={t('fields.expiresOn')}
          name="expiresOn"
          type="date"
          required
          min={isoDateFromToday(1)}
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
          error={fieldErrors.expiresOn}
          description={t('fields.expiresOnHelp')}
        />
        <div className="lk-form-actions">
          <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
            {t('create.submit')}
          </Button>
          <AppButtonLink to="/beheer/api-tokens">{tc('actions.cancel')}</AppButtonLink>
        </div>
      </form>
    </div>
  );
}
