import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/FormField';
import { Notice } from '@/components/Notice';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { isApiProblem } from '@/lib/api-problem';
import type { Organisation, OrganisationUpdate } from '../api/types';
import { useUpdateOrganisation } from '../api/use-organisation-mutations';

export interface OrganisationFormValues {
  name: string;
  learningDaysPerFte: string;
  trainingBudgetTargetPercent: string;
  trainingBudgetTargetYear: string;
  minimumReportGroupSize: string;
  peopleRetentionMonths: string;
}

/** Decimals are shown with the language's separator (a comma in Dutch). */
export function showDecimal(value: string | null, language: string): string {
  if (value === null) return '';
  return language === 'nl' ? value.replace('.', ',') : value;
}

export function toFormValues(org: Organisation, language = 'nl'): OrganisationFormValues {
  return {
    name: org.name,
    learningDaysPerFte: showDecimal(org.learningDaysPerFte, language),
    trainingBudgetTargetPercent: showDecimal(org.trainingBudgetTargetPercent, language),
    trainingBudgetTargetYear: org.trainingBudgetTargetYear === null ? '' : String(org.trainingBudgetTargetYear),
    minimumReportGroupSize: String(org.minimumReportGroupSize),
    peopleRetentionMonths: org.peopleRetentionMonths == null ? '' : String(org.peopleRetentionMonths),
  };
}

/** A whole number as typed, or the text itself so the server can say what is wrong with it. */
function integerOrText(value: string): number {
  const trimmed = value.trim();
  return (/^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed) as number;
}

/** Decimals may be typed with a Dutch comma; the API wants a point. */
export function normaliseDecimal(value: string): string {
  return value.trim().replace(',', '.');
}

/** The new value of an optional decimal setting, or undefined when it did not change. Empty clears it. */
function decimalChange(typed: string, current: string | null): string | null | undefined {
  const value = normaliseDecimal(typed);
  if (value === '') return current === null ? undefined : null;
  const same = current !== null && (value === current || (!Number.isNaN(Number(value)) && Number(value) === Number(current)));
  return same ? undefined : value;
}

export function organisationChanges(org: Organisation, form: OrganisationFormValues): OrganisationUpdate {
  const changes: OrganisationUpdate = {};
  if (form.name.trim() !== org.name) changes.name = form.name.trim();
  const days = decimalChange(form.learningDaysPerFte, org.learningDaysPerFte);
  if (days !== undefined) changes.learningDaysPerFte = days;
  const percent = decimalChange(form.trainingBudgetTargetPercent, org.trainingBudgetTargetPercent);
  if (percent !== undefined) changes.trainingBudgetTargetPercent = percent;
  const targetYear = form.trainingBudgetTargetYear.trim();
  if (targetYear !== (org.trainingBudgetTargetYear === null ? '' : String(org.trainingBudgetTargetYear)))
    changes.trainingBudgetTargetYear = targetYear === '' ? null : integerOrText(targetYear);
  if (form.minimumReportGroupSize.trim() !== String(org.minimumReportGroupSize))
    changes.minimumReportGroupSize = integerOrText(form.minimumReportGroupSize);
  const retention = form.peopleRetentionMonths.trim();
  if (retention !== (org.peopleRetentionMonths == null ? '' : String(org.peopleRetentionMonths)))
    changes.peopleRetentionMonths = retention === '' ? null : integerOrText(retention);
  return changes;
}

export function OrganisationForm({ organisation, onReload }: { organisation: Organisation; onReload: () => void }) {
  const { t, i18n } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  const update = useUpdateOrganisation();
  const [form, setForm] = useState(() => toFormValues(organisation, i18n.language));
  const [saved, setSaved] = useState(false);
  const [nothingChanged, setNothingChanged] = useState(false);
  const fieldErrors = formFieldErrors(update.error);
  const stale = isApiProblem(update.error) && update.error.status === 412;
  const set = (key: keyof OrganisationFormValues, value: string) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const changes = organisationChanges(organisation, form);
    if (Object.keys(changes).length === 0) {
      setNothingChanged(true);
      return;
    }
    setNothingChanged(false);
    update.mutate({ version: organisation.version, changes }, { onSuccess: () => setSaved(true) });
  };

  return (
    <div className="lk-form">
      {saved ? <Notice>{t('saved')}</Notice> : null}
      {nothingChanged ? <Notice>{t('nothingChanged')}</Notice> : null}
      <FormProblem error={update.error} onReload={onReload} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t('fields.name')}
          name="name"
          required
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          error={fieldErrors.name}
        />
        <TextField
          label={t('fields.learningDaysPerFte')}
          name="learningDaysPerFte"
          inputMode="decimal"
          value={form.learningDaysPerFte}
          onChange={(e) => set('learningDaysPerFte', e.target.value)}
          error={fieldErrors.learningDaysPerFte}
          description={t('fields.learningDaysPerFteHelp')}
        />
        <TextField
          label={t('fields.trainingBudgetTargetPercent')}
          name="trainingBudgetTargetPercent"
          inputMode="decimal"
          value={form.trainingBudgetTargetPercent}
          onChange={(e) => set('trainingBudgetTargetPercent', e.target.value)}
          error={fieldErrors.trainingBudgetTargetPercent}
          description={t('fields.trainingBudgetTargetPercentHelp')}
        />
        <TextField
          label={t('fields.trainingBudgetTargetYear')}
          name="trainingBudgetTargetYear"
          inputMode="numeric"
          value={form.trainingBudgetTargetYear}
          onChange={(e) => set('trainingBudgetTargetYear', e.target.value)}
          error={fieldErrors.trainingBudgetTargetYear}
          description={t('fields.trainingBudgetTargetYearHelp')}
        />
        <TextField
          label={t('fields.minimumReportGroupSize')}
          name="minimumReportGroupSize"
          inputMode="numeric"
          required
          value={form.minimumReportGroupSize}
          onChange={(e) => set('minimumReportGroupSize', e.target.value)}
          error={fieldErrors.minimumReportGroupSize}
          description={t('fields.minimumReportGroupSizeHelp')}
        />
        <TextField
          label={t('fields.peopleRetentionMonths')}
          name="peopleRetentionMonths"
          inputMode="numeric"
          value={form.peopleRetentionMonths}
          onChange={(e) => set('peopleRetentionMonths', e.target.value)}
          error={fieldErrors.peopleRetentionMonths}
          description={t('fields.peopleRetentionMonthsHelp')}
        />
        <div className="lk-form-actions">
          <Button type="submit" appearance="primary-action-button" busy={update.isPending} disabled={update.isPending || stale}>
            {tc('actions.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
