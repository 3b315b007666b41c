import { useTranslation } from 'react-i18next';

/** A step to the year before or after (the year is in the address as `?jaar=` where a page holds it). */
export function YearSteps({ year, onPick }: { year: number; onPick: (year: number) => void }) {
  const { t } = useTranslation('calendars');
  return (
    <nav className="lk-year-nav" aria-label={t('hours.yearNav')}>
      <a href={`?jaar=${year - 1}`} onClick={(e) => { e.preventDefault(); onPick(year - 1); }}>
        {t('hours.previous', { year: year - 1 })}
      </a>
      <a href={`?jaar=${year + 1}`} onClick={(e) => { e.preventDefault(); onPick(year + 1); }}>
        {t('hours.next', { year: year + 1 })}
      </a>
    </nav>
  );
}
