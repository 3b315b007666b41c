import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { PageHeader } from '@/components/PageHeader';
import { useVocabulary } from '@/i18n/vocabulary';
import { isBuilt } from '@/lib/modules';
import { useCurrentUser } from '@/lib/session';
import { YearDashboard } from '../components/YearDashboard';

// Modules not built yet (lib/modules) are left out, as in the main navigation.
const DOMAINS = [
  { to: '/plan', key: 'plan' },
  { to: '/catalogus', key: 'catalogue' },
  { to: '/competenties', key: 'competencies' },
  { to: '/budgetten', key: 'budgets' },
  { to: '/programmas', key: 'programmes' },
  { to: '/cohorten', key: 'cohorts' },
  { to: '/bijeenkomsten', key: 'sessions' },
  { to: '/medewerkers', key: 'people' },
  { to: '/belanghebbenden', key: 'stakeholders' },
  { to: '/vragenlijsten', key: 'surveys' },
  { to: '/rapportages', key: 'reports' },
].filter((domain) => isBuilt(domain.to));

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
      <YearDashboard />
      <section className="lk-section" aria-labelledby="home-domains">
        <Heading2 id="home-domains">{t('domainsTitle')}</Heading2>
        <ul className="lk-card-list">
          {DOMAINS.map((domain) => (
            <li key={domain.to} className="lk-card">
              <AppLink to={domain.to}>{tc(`nav.${domain.key}`)}</AppLink>
              <Paragraph>{t(`domains.${domain.key}`)}</Paragraph>
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
