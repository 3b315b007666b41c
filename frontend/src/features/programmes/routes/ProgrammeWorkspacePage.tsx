import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppButtonLink, AppLink } from '@/components/AppLink';
import { DeleteSection } from '@/components/DeleteSection';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { Programme } from '../api/types';
import { useFrameworkOptions } from '../api/use-framework-options';
import { useProgramme } from '../api/use-programme';
import { useCopyProgramme, useDeleteProgramme } from '../api/use-programme-mutations';
import { useProgrammeFramework } from '../api/use-programme-framework';
import { CopyDialog } from '../components/CopyDialog';
import { FrameworkBoard } from '../components/FrameworkBoard';
import { InsightsPanel } from '../components/InsightsPanel';
import { LearningLinesEditor } from '../components/LearningLinesEditor';
import { PhasesEditor } from '../components/PhasesEditor';
import { ProgrammeFieldsForm } from '../components/ProgrammeFieldsForm';
import { stepFields } from '../components/step-fields';
import { StepNav } from '../components/StepNav';
import { StepStatus } from '../components/StepStatus';
import { PrincipleChecksPanel } from '../components/checks/PrincipleChecksPanel';
import { stepFromSlug, type StepName } from '../lib/steps';
import { useProgrammeSlots } from '../slots';
import '../components/programmes.css';

function FrameworkStep({ programme, canEdit, fields }: { programme: Programme; canEdit: boolean; fields: ReturnType<typeof stepFields> }) {
  const framework = useProgrammeFramework(programme.id);
  return (
    <>
      <FrameworkBoard programmeId={programme.id} canEdit={canEdit} aside={<PrincipleChecksPanel programmeId={programme.id} canEdit={canEdit} />} />
      {framework.data ? (
        <>
          <PhasesEditor programmeId={programme.id} phases={[...framework.data.phases].sort((a, b) => a.position - b.position)}
            competencyFrameworkId={programme.competencyFrameworkId} canEdit={canEdit} />
          <LearningLinesEditor programmeId={programme.id} lines={[...framework.data.learningLines].sort((a, b) => a.position - b.position)} canEdit={canEdit} />
        </>
      ) : null}
      <StorylineSection programme={programme} canEdit={canEdit} fields={fields} />
    </>
  );
}

function StorylineSection({ programme, canEdit, fields }: { programme: Programme; canEdit: boolean; fields: ReturnType<typeof stepFields> }) {
  const { t } = useTranslation('programmes');
  return (
    <section className="lk-section" aria-labelledby="storyline-title">
      <Heading3 id="storyline-title">{t('storyline.title')}</Heading3>
      <Paragraph>{t('storyline.intro')}</Paragraph>
      <ProgrammeFieldsForm key={programme.version} programme={programme} fields={fields.storyline} canEdit={canEdit} />
    </section>
  );
}

function StepBody({ step, programme, canEdit }: { step: StepName; programme: Programme; canEdit: boolean }) {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  const frameworks = useFrameworkOptions();
  const { stakeholders: Stakeholders } = useProgrammeSlots();
  const items = frameworks.data?.items ?? [];
  const fields = stepFields(t, {
    statuses: vocab.options('ProgrammeStatus'),
    competencyFrameworks: items.filter((f) => f.kind === 'competencies').map((f) => ({ value: f.id, label: f.name })),
    dnaFrameworks: items.filter((f) => f.kind === 'organisation_dna').map((f) => ({ value: f.id, label: f.name })),
    moments: vocab.options('MeasurementMoment'),
    levels: vocab.options('MeasurementLevel'),
  });
  // A new version (someone saved) gives each form its current values.
  const form = (specs: ReturnType<typeof stepFields>[keyof ReturnType<typeof stepFields>]) => (
    <ProgrammeFieldsForm key={`${programme.version}-${frameworks.isSuccess}`} programme={programme} fields={specs} canEdit={canEdit} />
  );
  switch (step) {
    case 'goal_and_constraints':
      return form(fields.goal);
    case 'current_situation':
      return <InsightsPanel programmeId={programme.id} canEdit={canEdit} />;
    case 'stakeholders':
      // Given by the app (app/router.tsx); without it (a test rendering the workspace alone) the step has its notes only.
      return Stakeholders ? (
        <Suspense fallback={<LoadingState />}><Stakeholders programmeId={programme.id} canEdit={canEdit} /></Suspense>
      ) : null;
    case 'framework':
      return <FrameworkStep programme={programme} canEdit={canEdit} fields={fields} />;
    case 'implementation':
      return form(fields.implementation);
    case 'effect_measurement':
      return form(fields.measurement);
  }
}

/** A programme's workspace: its header, the six design steps as its navigation, and the current step's work. */
export function ProgrammeWorkspacePage() {
  const { id = '' } = useParams();
  // Another programme (e.g. the copy just made) is a fresh page, with its own notice and dialogs.
  return <Workspace key={id} id={id} />;
}

function Workspace({ id }: { id: string }) {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  const { step: slug } = useParams();
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const navigate = useNavigate();
  const notice = useFlashNotice();
  const programme = useProgramme(id);
  const copy = useCopyProgramme(id);
  const remove = useDeleteProgramme();
  const [copying, setCopying] = useState(false);
  const data = programme.data;
  const current = data ? stepFromSlug(slug, data.steps.map((s) => s.step)) : null;
  const currentStep = data?.steps.find((s) => s.step === current);

  return (
    <>
      <PageHeader
        title={data ? data.title : t('workspace.title')}
        description={data ? [vocab.label('ProgrammeStatus', data.status), data.storylineTitle && t('workspace.storyline', { title: data.storylineTitle })]
          .filter(Boolean).join(' · ') : undefined}
        actions={data ? (
          <>
            <AppButtonLink to={`/programmas/${id}/overzicht`}>{t('workspace.overview')}</AppButtonLink>
            {editor ? <Button appearance="secondary-action-button" onClick={() => { copy.reset(); setCopying(true); }}>{t('copy.open')}</Button> : null}
          </>
        ) : null}
      />
      <Paragraph><AppLink to="/programmas">{t('workspace.back')}</AppLink></Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {programme.isPending ? <LoadingState /> : programme.isError ? <ProblemAlert error={programme.error} /> : !current || !currentStep ? (
        <Paragraph role="alert">{t('workspace.unknownStep')} <AppLink to={`/programmas/${id}`}>{t('workspace.firstStep')}</AppLink></Paragraph>
      ) : (
        <div className="lk-workspace">
          <StepNav programmeId={id} steps={data!.steps} current={current} />
          <div className="lk-workspace__step">
            <Heading2 id="step-title">{t('workspace.stepTitle', { number: data!.steps.indexOf(currentStep) + 1, name: vocab.label('DesignStep', current) })}</Heading2>
            <Paragraph className="lk-muted">{t(`steps.intro.${current}`)}</Paragraph>
            <StepBody step={current} programme={data!} canEdit={editor} />
            <StepStatus key={`${current}-${data!.version}`} programme={data!} step={currentStep} canEdit={editor} />
            {editor && current === 'goal_and_constraints' ? (
              <DeleteSection headingId="programme-delete" title={t('delete.title')} intro={t('delete.intro')} buttonLabel={t('delete.button')}
                confirmTitle={t('delete.confirmTitle', { title: data!.title })} confirmLabel={t('delete.button')} mutation={remove}
                onConfirm={() => remove.mutate(id, { onSuccess: () => void navigate('/programmas', { state: { notice: t('delete.done', { title: data!.title }) } }) })}>
                {t('delete.intro')}
              </DeleteSection>
            ) : null}
          </div>
        </div>
      )}
      {data ? (
        <CopyDialog programme={data} open={copying} busy={copy.isPending} error={copy.error} onClose={() => setCopying(false)}
          onCopy={(title) => copy.mutate(title, {
            onSuccess: (created) => { setCopying(false); void navigate(`/programmas/${created.id}`, { state: { notice: t('copy.done', { title: created.title }) } }); },
          })} />
      ) : null}
    </>
  );
}
