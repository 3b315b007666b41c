import { Button, ButtonGroup, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormActions } from '@/components/FormActions';
import { CheckboxGroup, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import type { FrameworkPhase, PhaseCreate } from '../api/types';
import { useFrameworkCompetencies } from '../api/use-framework-competencies';
import { useFrameworkMutations } from '../api/use-framework-mutations';

/** What the phase form sends (its place is changed with Earlier/Later). */
type PhaseBody = Omit<PhaseCreate, 'position'>;

interface PhaseValues { title: string; subTheme: string; description: string; startMonth: string; lengthMonths: string; competencyIds: string[] }

const toValues = (phase?: FrameworkPhase, startMonth = 1): PhaseValues => ({
  title: phase?.title ?? '',
  subTheme: phase?.subTheme ?? '',
  description: phase?.description ?? '',
  startMonth: String(phase?.startMonth ?? startMonth),
  lengthMonths: String(phase?.lengthMonths ?? 6),
  competencyIds: phase?.competencies.map((c) => c.id) ?? [],
});

function PhaseForm({ initial, competencyFrameworkId, submitLabel, busy, error, onSubmit, onCancel }: {
  initial: PhaseValues;
  competencyFrameworkId: string | null;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (body: PhaseBody) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('programmes');
  const competencies = useFrameworkCompetencies(competencyFrameworkId);
  const [values, setValues] = useState(initial);
  const errors = formFieldErrors(error);
  const set = (name: keyof PhaseValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({
      title: values.title.trim(), subTheme: values.subTheme.trim(), description: values.description.trim(),
      startMonth: Number(values.startMonth) || 1, lengthMonths: Number(values.lengthMonths) || 1, competencyIds: values.competencyIds,
    });
  };
  const options = (competencies.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <FormProblem error={error} />
      <form onSubmit={submit} noValidate className="lk-form">
        <TextField label={t('phases.titleField')} name="title" required value={values.title} error={errors.title} onChange={set('title')} />
        <TextField label={t('phases.subTheme')} name="subTheme" value={values.subTheme} error={errors.subTheme} onChange={set('subTheme')} />
        <TextAreaField label={t('phases.description')} name="description" rows={2} value={values.description} error={errors.description} onChange={set('description')} />
        <div className="lk-form__row">
          <TextField label={t('phases.startMonth')} name="startMonth" type="number" inputMode="numeric" min={1} value={values.startMonth}
            error={errors.startMonth} onChange={set('startMonth')} />
          <TextField label={t('phases.lengthMonths')} name="lengthMonths" type="number" inputMode="numeric" min={1} value={values.lengthMonths}
            error={errors.lengthMonths} onChange={set('lengthMonths')} />
        </div>
        {competencyFrameworkId ? (
          <CheckboxGroup legend={t('phases.competencies')} name="competencyIds" options={options} value={values.competencyIds}
            description={options.length ? t('phases.competenciesHelp') : t('phases.noCompetencies')}
            error={errors.competencyIds ?? Object.entries(errors).find(([k]) => k.startsWith('competencyIds'))?.[1]}
            onChange={(ids) => setValues((v) => ({ ...v, competencyIds: ids }))} />
        ) : <Paragraph className="lk-muted">{t('phases.chooseFramework')}</Paragraph>}
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}

function PhaseItem({ phase, count, programmeId, competencyFrameworkId, canEdit }: {
  phase: FrameworkPhase; count: number; programmeId: string; competencyFrameworkId: string | null; canEdit: boolean;
}) {
  const { t } = useTranslation('programmes');
  const { updatePhase, removePhase } = useFrameworkMutations(programmeId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const moveTo = (position: number) => updatePhase.mutate({ id: phase.id, version: phase.version, changes: { position } });
  return (
    <li className="lk-phase">
      {editing ? (
        <PhaseForm initial={toValues(phase)} competencyFrameworkId={competencyFrameworkId} submitLabel={t('phases.save')}
          busy={updatePhase.isPending} error={updatePhase.error} onCancel={() => { setEditing(false); updatePhase.reset(); }}
          onSubmit={(body) => updatePhase.mutate({ id: phase.id, version: phase.version, changes: body }, { onSuccess: () => setEditing(false) })} />
      ) : (
        <>
          <Heading4 className="lk-phase__title">{phase.title}{phase.subTheme ? ` — ${phase.subTheme}` : ''}</Heading4>
          <Paragraph className="lk-muted">
            {t('grid.months', { start: phase.startMonth, end: phase.startMonth + phase.lengthMonths - 1 })}
            {' · '}
            {phase.competencies.length ? t('grid.focus', { competencies: phase.competencies.map((c) => c.name).join(', ') }) : t('phases.noFocus')}
          </Paragraph>
          {phase.description ? <Paragraph className="lk-pre-line">{phase.description}</Paragraph> : null}
          {canEdit ? (
            <ButtonGroup>
              <Button appearance="subtle-button" onClick={() => setEditing(true)}>
                {t('phases.edit')}<span className="visually-hidden"> ({phase.title})</span>
              </Button>
              <Button appearance="subtle-button" disabled={phase.position === 0 || updatePhase.isPending} onClick={() => moveTo(phase.position - 1)}>
                {t('phases.earlier')}<span className="visually-hidden"> ({phase.title})</span>
              </Button>
              <Button appearance="subtle-button" disabled={phase.position >= count - 1 || updatePhase.isPending} onClick={() => moveTo(phase.position + 1)}>
                {t('phases.later')}<span className="visually-hidden"> ({phase.title})</span>
              </Button>
              <Button appearance="subtle-button" hint="danger" onClick={() => setConfirming(true)}>
                {t('phases.delete')}<span className="visually-hidden"> ({phase.title})</span>
              </Button>
            </ButtonGroup>
          ) : null}
          {updatePhase.error && !editing ? <Paragraph role="alert">{t('phases.saveFailed')}</Paragraph> : null}
        </>
      )}
      <ConfirmDialog open={confirming} title={t('phases.deleteTitle', { title: phase.title })} confirmLabel={t('phases.delete')}
        busy={removePhase.isPending} error={removePhase.error} onCancel={() => { setConfirming(false); removePhase.reset(); }}
        onConfirm={() => removePhase.mutate(phase.id, { onSuccess: () => setConfirming(false) })}>
        {t('phases.deleteBody')}
      </ConfirmDialog>
    </li>
  );
}

/** The framework's columns: add, change, reorder and delete phases with their focus competencies. */
export function PhasesEditor({ programmeId, phases, competencyFrameworkId, canEdit }: {
  programmeId: string; phases: FrameworkPhase[]; competencyFrameworkId: string | null; canEdit: boolean;
}) {
  const { t } = useTranslation('programmes');
  const { createPhase } = useFrameworkMutations(programmeId);
  const [adding, setAdding] = useState(false);
  const last = phases.at(-1);
  return (
    <section className="lk-section" aria-labelledby="phases-title">
      <Heading3 id="phases-title">{t('phases.title')}</Heading3>
      {phases.length ? (
        <ol className="lk-phases">
          {phases.map((phase) => (
            <PhaseItem key={phase.id} phase={phase} count={phases.length} programmeId={programmeId}
              competencyFrameworkId={competencyFrameworkId} canEdit={canEdit} />
          ))}
        </ol>
      ) : <Paragraph>{t('phases.empty')}</Paragraph>}
      {canEdit ? (
        adding ? (
          <PhaseForm initial={toValues(undefined, last ? last.startMonth + last.lengthMonths : 1)} competencyFrameworkId={competencyFrameworkId}
            submitLabel={t('phases.add')} busy={createPhase.isPending} error={createPhase.error}
            onCancel={() => { setAdding(false); createPhase.reset(); }}
            onSubmit={(body) => createPhase.mutate(body, { onSuccess: () => setAdding(false) })} />
        ) : <Button appearance="secondary-action-button" onClick={() => setAdding(true)}>{t('phases.new')}</Button>
      ) : null}
    </section>
  );
}
