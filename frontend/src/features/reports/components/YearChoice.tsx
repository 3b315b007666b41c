import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/FormField';

const FIRST_YEAR = 2000;

/** Pick the year of the evaluations: a list from 2000 to next year, and a step to the year before or after. */
export function YearChoice({ year, onPick }: { year: number; onPick: (year: number) => void }) {
  const { t } = useTranslation('reports');
  const [chosen, setChosen] = useState(String(year));
  const last = Math.max(new Date().getFullYear() + 1, year);
  const years = Array.from({ length: last - Math.min(FIRST_YEAR, year) + 1 }, (_, i) => last - i);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onPick(Number(chosen));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="lk-form lk-report-year lk-no-print" aria-label={t('year.label')}>
      <div className="lk-filters">
        <SelectField label={t('year.field')} name="jaar" value={chosen} onChange={(e) => setChosen(e.target.value)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <Button type="submit" appearance="secondary-action-button">{t('year.show')}</Button>
      </div>
      <p>
        <a href={`?jaar=${year - 1}`} onClick={(e) => { e.preventDefault(); onPick(year - 1); }}>{t('year.previous', { year: year - 1 })}</a>
        {' · '}
        <a href={`?jaar=${year + 1}`} onClick={(e) => { e.preventDefault(); onPick(year + 1); }}>{t('year.next', { year: year + 1 })}</a>
      </p>
    </form>
  );
}
