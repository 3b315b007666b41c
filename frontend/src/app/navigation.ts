import { isBuilt } from '@/lib/modules';

/** The main navigation: the domains of Leerkoers and the admin pages. Labels live in i18n `common:nav`. */
export interface NavItem {
  to: string;
  labelKey: string;
}

/** Every domain, built or not; the menu shows only the built ones (`UNBUILT_MODULES` in lib/modules). */
export const ALL_DOMAINS: NavItem[] = [
  { to: '/plan', labelKey: 'nav.plan' },
  { to: '/catalogus', labelKey: 'nav.catalogue' },
  { to: '/competenties', labelKey: 'nav.competencies' },
  { to: '/budgetten', labelKey: 'nav.budgets' },
  { to: '/programmas', labelKey: 'nav.programmes' },
  { to: '/cohorten', labelKey: 'nav.cohorts' },
  { to: '/bijeenkomsten', labelKey: 'nav.sessions' },
  { to: '/medewerkers', labelKey: 'nav.people' },
  { to: '/belanghebbenden', labelKey: 'nav.stakeholders' },
  { to: '/vragenlijsten', labelKey: 'nav.surveys' },
  { to: '/rapportages', labelKey: 'nav.reports' },
];

export const DOMAIN_NAV: NavItem[] = ALL_DOMAINS.filter((item) => isBuilt(item.to));

export const ADMIN_NAV: NavItem[] = [
  { to: '/beheer/gebruikers', labelKey: 'nav.users' },
  { to: '/beheer/api-tokens', labelKey: 'nav.apiTokens' },
  { to: '/beheer/organisatie', labelKey: 'nav.organisation' },
  { to: '/beheer/audit', labelKey: 'nav.audit' },
];

/** What non-admins see under "Beheer": the organisation's settings, read-only. */
export const MEMBER_ADMIN_NAV: NavItem[] = [{ to: '/beheer/organisatie', labelKey: 'nav.organisation' }];
