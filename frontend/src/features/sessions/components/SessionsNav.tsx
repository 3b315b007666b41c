import { useTranslation } from 'react-i18next';
import './sessions.css';
import { AppLink } from '@/components/AppLink';

/** The module's pages: the sessions, the trainers and the closing days. */
export function SessionsNav() {
  const { t } = useTranslation('sessions');
  return (
    <nav aria-label={t('nav.label')} className="lk-subnav">
      <ul>
        <li><AppLink to="/bijeenkomsten">{t('nav.sessions')}</AppLink></li>
        <li><AppLink to="/bijeenkomsten/trainers">{t('nav.trainers')}</AppLink></li>
        <li><AppLink to="/bijeenkomsten/sluitingsdagen">{t('nav.closingDays')}</AppLink></li>
      </ul>
    </nav>
  );
}
