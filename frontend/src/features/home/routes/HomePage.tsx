import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { PageHeader } from '@/components/PageHeader';
import { useVocabulary } from '@/i18n/vocabulary';
import { useCurrentUser } from '@/lib/session';

// `available: false` until the domain's own feature lands; the card says so instead of promising.
const DOMAINS = [
  { to: '/plan', key: 'plan', available: true },
  { to: '/catalogus', key: 'catalogue', available: true },
  { to: '/competenties', key: 'competencies', available: true },
  { to: '/budgetten', key: 'budgets', available: true },
  { to: '/programmas', key: 'programmes', available: false },
  { to: '/cohorten', key: 'cohorts', available: false },
  { to: '/belanghebbenden', key: 'stakeholders', available: true },
  { to: '/vragenlijsten', key: 'surveys', available: false },
  { to: '/rapportages', key: 'reports', available: false },
] as const;

const ADMIN_LINKS = [
  { to: '/beheer/gebruikers', key: 'users' },
  { to: '/beheer/api-tokens', key: 'apiTokens' },
  { to: '/beheer/organisatie', key: 'organisation' },
  { to: '/beheer/audit', key: 'audit' },
] as const;

export function HomePage() {
  const { t } = useTranslation('home');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title={t('title', { name: me.name })}
        description={t('intro', { organisation: me.organisation.name, role: vocab.label('Role', me.role) })}
      />
      <section className="lk-section" aria-labelledby="home-domains">
        <Heading2 id="home-domains">{t('domainsTitle')}</Heading2>
        <ul className="lk-card-list">
          {DOMAINS.map((domain) => (
            <li key={domain.to} className="lk-card">
              <AppLink to={domain.to}>{tc(`nav.${domain.key}`)}</AppLink>
              <Paragraph>{t(`domains.${domain.key}`)}</Paragraph>
              {domain.available ? null : (
                <Paragraph className="lk-muted">{t('notYetAvailable')}</Paragraph>
              )}
            </li>
          ))}
        </ul>
      </section>
      {me.role === 'admin' ? (
        <section className="lk-section" aria-labelledby="home-admin">
          <Heading2 id="home-admin">{t('adminTitle')}</Heading2>
          <ul className="lk-card-list">
            {ADMIN_LINKS.map((link) => (
              <li key={link.to} className="lk-card">
                <AppLink to={link.to}>{tc(`nav.${link.key}`)}</AppLink>
                <Paragraph>{t(`admin.${link.key}`)}</Paragraph>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
