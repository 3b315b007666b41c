import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnumName } from '@/api/enums';
import type { ReferenceOption } from '@/api/reference/options';
import { SelectField, TextField, type SelectFieldOption } from '@/components/FormField';
import { useVocabulary } from '@/i18n/vocabulary';
import { SORTS } from '../api/types';
import { FILTER_KEYS, type FilterKey, type FilterValues } from './filter-params';

const MORE: FilterKey[] = [
  'budgetstroom',
  'leervorm',
  'kolbfase',
  'leerniveau',
  'leermix',
  'thema',
  'competentie',
  'leerdoel',
  'verplicht',
  'evaluatie',
];

export function InterventionFilters({
  value,
  onChange,
  links,
  plan,
  errors,
}: {
  value: FilterValues;
  onChange: (value: FilterValues) => void;
  links: { learningGoals: ReferenceOption[]; themes: ReferenceOption[]; competencies: ReferenceOption[] };
  plan: { developments: ReferenceOption[]; goals: ReferenceOption[] };
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation('catalogue');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const [form, setForm] = useState<FilterValues>(value);
  const set = (key: FilterKey, v: string) => setForm((f) => ({ ...f, [key]: v }));
  const moreOpen = MORE.some((key) => value[key] !== '');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...form, q: form.q.trim() });
  };
  const onReset = () => {
    const cleared = Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as FilterValues;
    setForm(cleared);
    onChange(cleared);
  };

  const any: SelectFieldOption = { value: '', label: t('filters.any') };
  const enumOptions = (name: EnumName) => [any, ...vocab.options(name)];
  const linkOptions = (options: ReferenceOption[]) => [any, ...options.map((o) => ({ value: o.id, label: o.label }))];
  const yesNo = [any, { value: 'ja', label: t('filters.yes') }, { value: 'nee', label: t('filters.no') }];
  const select = (key: FilterKey, label: string, options: SelectFieldOption[], apiName: string) => (
    <SelectField
      label={label}
      name={key}
      value={form[key]}
      onChange={(e) => set(key, e.target.value)}
      options={options}
      error={errors?.[apiName]}
    />
  );

  return (
    <form className="lk-filters" role="search" aria-label={t('filters.label')} onSubmit={onSubmit} noValidate>
      <TextField
        label={t('filters.q')}
        name="q"
        type="search"
        value={form.q}
        onChange={(e) => set('q', e.target.value)}
        error={errors?.q}
      />
      {select('ontwikkeling', t('filters.development'), linkOptions(plan.developments), 'developmentId')}
      {select('plandoel', t('filters.goal'), linkOptions(plan.goals), 'goalId')}
      {select('doelgroep', t('fields.audience'), enumOptions('Audience'), 'audience')}
      {select('status', t('fields.status'), enumOptions('InterventionStatus'), 'status')}
      {select('categorie', t('fields.category'), enumOptions('Category'), 'category')}
      <TextField
        label={t('export.year')}
        name="jaar"
        inputMode="numeric"
        value={form.jaar}
        onChange={(e) => set('jaar', e.target.value.trim())}
        error={errors?.year}
      />
      {select('sorteer', t('filters.sort'), SORTS.map((s) => ({ value: s === 'title' ? '' : s, label: t(`sort.${s}`) })), 'sort')}
      <details className="lk-filters__more" open={moreOpen}>
        <summary>{t('filters.more')}</summary>
        <div className="lk-filters">
          {select('budgetstroom', t('fields.fundingStream'), enumOptions('FundingStream'), 'fundingStream')}
          {select('leervorm', t('fields.learningForm'), enumOptions('LearningForm'), 'learningForm')}
          {select('kolbfase', t('fields.kolbPhases'), enumOptions('KolbPhase'), 'kolbPhase')}
          {select('leerniveau', t('fields.learningLevel'), enumOptions('LearningLevel'), 'learningLevel')}
          {select('leermix', t('fields.learningMix'), enumOptions('LearningMix'), 'learningMix')}
          {select('thema', t('fields.themes'), linkOptions(links.themes), 'themeId')}
          {select('competentie', t('fields.competencies'), linkOptions(links.competencies), 'competencyId')}
          {select('leerdoel', t('fields.learningGoals'), linkOptions(links.learningGoals), 'learningGoalId')}
          {select('verplicht', t('fields.mandatory'), yesNo, 'mandatory')}
          {select('evaluatie', t('list.evaluationMark'), yesNo, 'needsEvaluation')}
        </div>
      </details>
      <div className="lk-form-actions">
        <Button type="submit" appearance="secondary-action-button">
          {tc('actions.filter')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onReset}>
          {t('filters.reset')}
        </Button>
      </div>
    </form>
  );
}
