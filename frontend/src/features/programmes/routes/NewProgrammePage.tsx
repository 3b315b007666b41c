import { Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { FormActions } from '@/components/FormActions';
import { TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { PageHeader } from '@/components/PageHeader';
import { useCreateProgramme } from '../api/use-programme-mutations';
import type { ProgrammeCreate } from '../api/types';
import '../components/programmes.css';

/** A new programme starts as a draft with every step's content empty. */
const EMPTY_PROGRAMME: ProgrammeCreate = {
  title: '', status: 'draft', purpose: '', targetGroup: '', durationMonths: null, storylineTitle: '', storylineNarrative: '',
  competencyFrameworkId: null, dnaFrameworkId: null, why: '', outcomes: '', contributesTo: '', constraints: [], kickOff: '',
  learningMaterials: [], onboarding: '', communicationMeans: [], measurementMoments: [], measurementLevels: [], measurementNotes: '',
};

/** "Nieuw programma": the title and the first answers; the workspace takes it from there (six steps, three lines). */
export function NewProgrammePage() {
  const { t } = useTranslation('programmes');
  const navigate = useNavigate();
  const create = useCreateProgramme();
  const [values, setValues] = useState({ title: '', purpose: '', targetGroup: '', durationMonths: '', storylineTitle: '' });
  const errors = formFieldErrors(create.error);
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        ...EMPTY_PROGRAMME,
        title: values.title.trim(), purpose: values.purpose.trim(), targetGroup: values.targetGroup.trim(),
        durationMonths: values.durationMonths.trim() ? Number(values.durationMonths) : null, storylineTitle: values.storylineTitle.trim(),
      },
      { onSuccess: (programme) => void navigate(`/programmas/${programme.id}`, { state: { notice: t('new.done', { title: programme.title }) } }) },
    );
  };
  return (
    <>
      <PageHeader title={t('new.title')} description={t('new.intro')} />
      <Paragraph><AppLink to="/programmas">{t('workspace.back')}</AppLink></Paragraph>
      <FormProblem error={create.error} />
      <form onSubmit={submit} noValidate className="lk-form lk-form--narrow">
        <TextField label={t('fields.title')} name="title" required value={values.title} error={errors.title} onChange={set('title')} />
        <TextAreaField label={t('fields.purpose')} name="purpose" rows={3} value={values.purpose} error={errors.purpose} onChange={set('purpose')} />
        <TextAreaField label={t('fields.targetGroup')} name="targetGroup" rows={2} value={values.targetGroup} error={errors.targetGroup} onChange={set('targetGroup')} />
        <TextField label={t('fields.durationMonths')} name="durationMonths" type="number" inputMode="numeric" min={1} value={values.durationMonths}
          error={errors.durationMonths} onChange={set('durationMonths')} />
        <TextField label={t('fields.storylineTitle')} name="storylineTitle" value={values.storylineTitle} description={t('fields.storylineHelp')}
          error={errors.storylineTitle} onChange={set('storylineTitle')} />
        <FormActions submitLabel={t('new.submit')} busy={create.isPending} />
      </form>
    </>
  );
}
