import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/**
 * Last resort when a page fails to render or a lazy chunk fails to load (for example after a
 * deploy replaced it): says so plainly and offers a reload.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : '';
  return (
    <div className="lk-route-error">
      <main id="main" className="lk-main">
        <Heading1>{t('routeError.title')}</Heading1>
        <Paragraph>{t('routeError.body')}</Paragraph>
        {detail ? <Paragraph className="lk-muted">{detail}</Paragraph> : null}
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href={window.location.pathname}>
            {t('routeError.reload')}
          </a>
        </Paragraph>
      </main>
    </div>
  );
}
