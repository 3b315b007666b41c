import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompetencyOptions } from '@/api/reference/competencies';
import { AppLink } from '@/components/AppLink';
import { SelectField } from '@/components/FormField';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Dimension, EffectFilters, MeasurementLevel } from '../api/types';

export interface ComparisonOption {
  value: string;
  label: string;
}

export interface FilterChoice {
  filters: EffectFilters;
  comparison: string;
}

/** The effect report's filters (level, dimension, competency) and which comparison the change chart shows. They
 * apply on "Toepassen" (not on every change of a select, which would move a keyboard user's page under them) and
 * land in the URL, so a reload or "back" shows the same. */
export function ReportFilters({ filters, comparison, comparisons, clearTo, onApply }: {
  filters: EffectFilters;
  comparison: string;
  comparisons: ComparisonOption[];
  clearTo: string;
  onApply: (choice: FilterChoice) => void;
}) {
  const { t } = useTranslation('reports');
  const vocab = useVocabulary();
  const competencies = useCompetencyOptions();
  const [level, setLevel] = useState<string>(filters.level ?? '');
  const [dimension, setDimension] = useState<string>(filters.dimension ?? '');
  const [competency, setCompetency] = useState<string>(filters.competencyId ?? '');
  const [chosen, setChosen] = useState(comparison);
  // "Back" or a link changes the URL under the form: show what it now says (without remounting, so focus stays).
  useEffect(() => {
    setLevel(filters.level ?? '');
    setDimension(filters.dimension ?? '');
    setCompetency(filters.competencyId ?? '');
    setChosen(comparison);
  }, [filters.level, filters.dimension, filters.competencyId, comparison]);
  const all = { value: '', label: t('filters.all') };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      filters: {
        ...(level ? { level: level as MeasurementLevel } : {}),
        ...(dimension ? { dimension: dimension as Dimension } : {}),
        ...(competency ? { competencyId: competency } : {}),
      },
      comparison: chosen,
    });
  };
  return (
    <form className="lk-report-filters lk-no-print" noValidate onSubmit={onSubmit} aria-label={t('filters.label')}>
      <div className="lk-filters">
        <SelectField label={t('filters.level')} name="niveau" value={level} onChange={(e) => setLevel(e.target.value)}
          options={[all, ...vocab.options('MeasurementLevel')]} />
        <SelectField label={t('filters.dimension')} name="dimensie" value={dimension} onChange={(e) => setDimension(e.target.value)}
          options={[all, ...vocab.options('Dimension')]} />
        <SelectField label={t('filters.competency')} name="competentie" value={competency}
          onChange={(e) => setCompetency(e.target.value)}
          options={[all, ...(competencies.data ?? []).map((option) => ({ value: option.id, label: option.label }))]} />
        {comparisons.length > 1 ? (
          <SelectField label={t('filters.comparison')} name="vergelijking" value={chosen}
            onChange={(e) => setChosen(e.target.value)} options={comparisons} />
        ) : null}
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">{t('filters.apply')}</Button>
        <AppLink to={clearTo}>{t('filters.clear')}</AppLink>
      </ButtonGroup>
    </form>
  );
}
