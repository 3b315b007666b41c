import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/FormField';
import type { BudgetYears } from '../api/types';

/** Pick a year: the years with data first (as the API lists them), then the plan's other years; and a step to the
 * year before or after, for any year. */
export function YearPicker({ year, years, onPick }: { year: number; years: BudgetYears; onPick: (year: number) => void }) {
  const { t } = useTranslation('budgets');
  const [chosen, setChosen] = useState(String(year));
  const listed = years.years.some((y) => y.year === year) ? years.years : [...years.years, { year, hasBudget: false, hasProgramme: false, inPlan: false }];
  const describe = (y: BudgetYears['years'][number]) => {
    const what = [y.hasBudget ? t('yearPicker.hasBudget') : null, y.hasProgramme ? t('yearPicker.hasProgramme') : null].filter(Boolean);
    return what.length ? `${y.year} (${what.join(', ')})` : `${y.year} (${t('yearPicker.empty')})`;
  };
  const pick = (next: number) => {
    setChosen(String(next));
    onPick(next);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    pick(Number(chosen));
  };
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="lk-form lk-inline-form" aria-label={t('yearPicker.label')}>
        <SelectField label={t('yearPicker.field')} name="jaar" value={chosen} onChange={(e) => setChosen(e.target.value)}
          options={listed.map((y) => ({ value: String(y.year), label: describe(y) }))} />
        <Button type="submit" appearance="secondary-action-button">{t('yearPicker.show')}</Button>
      </form>
      <Paragraph>
        <a href={`?jaar=${year - 1}`} onClick={(e) => { e.preventDefault(); pick(year - 1); }}>
          {t('yearPicker.previous', { year: year - 1 })}
        </a>
        {' · '}
        <a href={`?jaar=${year + 1}`} onClick={(e) => { e.preventDefault(); pick(year + 1); }}>
          {t('yearPicker.next', { year: year + 1 })}
        </a>
      </Paragraph>
    </>
  );
}
