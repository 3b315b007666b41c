import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { TextField } from '@/components/FormField';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiProblem } from '@/lib/api-problem';
import { useMe } from '@/lib/session';
import { useLogin } from '../api/use-session-mutations';
import { safeNextPath } from './safe-next';

function LoginError({ error }: { error: unknown }) {
  const { t } = useTranslation('auth');
  if (isApiProblem(error) && error.status === 401) {
    return (
      <Alert type="error" className="lk-problem">
        <Heading2>{t('error.wrongCredentialsTitle')}</Heading2>
        <Paragraph>{t('error.wrongCredentials')}</Paragraph>
      </Alert>
    );
  }
  if (isApiProblem(error) && error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
    return (
      <Alert type="error" className="lk-problem">
        <Heading2>{t('error.throttledTitle')}</Heading2>
        <Paragraph>{t('error.throttled', { count: minutes })}</Paragraph>
      </Alert>
    );
  }
  return <ProblemAlert error={error} hasFieldErrors={isApiProblem(error) && error.errors.length > 0} />;
}

export function LoginPage() {
  const { t } = useTranslation('auth');
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('volgende'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errorRef = useRef<HTMLDivElement>(null);

  if (me.data && !login.isPending) return <Navigate to={next} replace />;

  const fieldErrors = isApiProblem(login.error) ? login.error.fieldErrors() : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(next, { replace: true }),
        onError: () => {
          setPassword('');
          errorRef.current?.focus();
        },
      },
    );
  };

  return (
    <div className="lk-form">
      <PageHeader title={t('title')} description={t('intro')} />
      <div ref={errorRef} tabIndex={-1}>
        {login.isError ? <LoginError error={login.error} /> : null}
      </div>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t('email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          label={t('password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldErrors.password}
        />
        <div className="lk-form-actions">
          <Button type="submit" appearance="primary-action-button" busy={login.isPending} disabled={login.isPending}>
            {login.isPending ? t('submitting') : t('submit')}
          </Button>
        </div>
      </form>
      <Paragraph className="lk-section">
        <AppLink to="/toegankelijkheid">{t('accessibilityLink')}</AppLink>
      </Paragraph>
    </div>
  );
}
