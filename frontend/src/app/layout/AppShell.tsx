import { Button, PageFooter, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { AppLink, AppNavLink } from '@/components/AppLink';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LoadingState } from '@/components/LoadingState';
import { requestHeadingFocus } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { api } from '@/lib/api-client';
import { isApiProblem } from '@/lib/api-problem';
import { setCsrfToken } from '@/lib/csrf';
import { sessionKeys, useMe, type Me } from '@/lib/session';
import { unwrap } from '@/lib/unwrap';
import { ADMIN_NAV, DOMAIN_NAV, MEMBER_ADMIN_NAV } from '../navigation';

function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/auth/logout')),
    meta: { ignoreUnauthorized: true },
    onSettled: (_data, error) => {
      // Logged out, or the session was already gone (401): either way nobody is signed in now.
      if (error && !(isApiProblem(error) && error.status === 401)) return;
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, null);
      void navigate('/inloggen', { replace: true });
    },
  });
}

function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  const logout = useLogout();
  return (
    <div className="lk-user-menu">
      <Paragraph className="lk-user-menu__who">
        <span className="lk-user-menu__name">{me.name}</span>{' '}
        <span className="lk-user-menu__role">({vocab.label('Role', me.role)})</span>
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={() => logout.mutate()} busy={logout.isPending}>
        {t('userMenu.logout')}
      </Button>
      {logout.isError ? <ProblemAlert error={logout.error} /> : null}
    </div>
  );
}

function MainNavigation({ me }: { me: Me }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const adminItems = me.role === 'admin' ? ADMIN_NAV : MEMBER_ADMIN_NAV;

  // On small screens the menu folds away after choosing a page.
  useEffect(() => setOpen(false), [location.pathname]);

  return (
    <nav className="lk-nav" aria-label={t('nav.label')}>
      <Button
        appearance="secondary-action-button"
        className="lk-nav__toggle"
        aria-expanded={open}
        aria-controls="lk-nav-content"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('nav.close') : t('nav.open')}
      </Button>
      <div className="lk-nav__content" id="lk-nav-content" data-open={open}>
      <ul className="lk-nav__list">
        <li>
          <AppNavLink to="/" end>
            {t('nav.home')}
          </AppNavLink>
        </li>
        {DOMAIN_NAV.map((item) => (
          <li key={item.to}>
            <AppNavLink to={item.to}>{t(item.labelKey)}</AppNavLink>
          </li>
        ))}
      </ul>
      <p className="lk-nav__group" id="lk-nav-admin">
        {t('nav.admin')}
      </p>
      <ul className="lk-nav__list" aria-labelledby="lk-nav-admin">
        {adminItems.map((item) => (
          <li key={item.to}>
            <AppNavLink to={item.to}>{t(item.labelKey)}</AppNavLink>
          </li>
        ))}
      </ul>
      </div>
    </nav>
  );
}

/**
 * The frame of every page: skip link, header (organisation, user, language), main navigation
 * for signed-in users, the page, and the footer.
 */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const previousPath = useRef(location.pathname);
  const user = me.data ?? null;

  // After in-app navigation the new page's h1 takes focus, so screen readers announce it.
  // A layout effect runs before the page's own (passive) effects.
  useLayoutEffect(() => {
    if (previousPath.current !== location.pathname) {
      previousPath.current = location.pathname;
      requestHeadingFocus();
    }
  }, [location.pathname]);

  return (
    <div className="lk-app">
      <div className="lk-skip">
        <SkipLink href="#main">{t('skipLink')}</SkipLink>
      </div>
      <header className="lk-header">
        <div className="lk-header__brand">
          <AppLink to="/" className="lk-header__app-name">
            {t('appName')}
          </AppLink>
          {user ? <span className="lk-header__organisation">{user.organisation.name}</span> : null}
        </div>
        <div className="lk-header__tools">
          <LanguageSwitch />
          {user ? <UserMenu me={user} /> : null}
        </div>
      </header>
      <div className={user ? 'lk-body lk-body--with-nav' : 'lk-body'}>
        {user ? <MainNavigation me={user} /> : null}
        <main id="main" className="lk-main" tabIndex={-1}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <PageFooter className="lk-footer">
        <ul className="lk-footer__links">
          <li>
            <AppLink to="/toegankelijkheid">{t('footer.accessibility')}</AppLink>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="/api/v1/docs">
              {t('footer.apiDocs')}
            </a>
          </li>
        </ul>
        <Paragraph className="lk-footer__tagline">{t('footer.tagline')}</Paragraph>
      </PageFooter>
      <ScrollRestoration />
    </div>
  );
}
