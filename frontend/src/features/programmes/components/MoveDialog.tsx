import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { SelectField, TextField } from '@/components/FormField';
import { FormProblem } from '@/components/FormProblem';
import type { FrameworkPhase, FrameworkPlacement, LearningLine } from '../api/types';
import { clampWeek, type Spot } from '../lib/move';
import { FormDialog } from './FormDialog';

/** "Verplaatsen": choose the phase, learning line and week of a placement (the mouse's and keyboard's way alike). */
export function MoveDialog({
  placement,
  phases,
  lines,
  busy,
  error,
  onMove,
  onClose,
}: {
  placement: FrameworkPlacement | null;
  phases: FrameworkPhase[];
  lines: LearningLine[];
  busy: boolean;
  error: unknown;
  onMove: (placement: FrameworkPlacement, to: Spot) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('programmes');
  return (
    <FormDialog open={!!placement} returnFocus={false} busy={busy} onClose={onClose}
      title={placement ? t('move.title', { title: placement.intervention.title }) : ''}>
      {placement ? (
        <MoveForm placement={placement} phases={phases} lines={lines} busy={busy} error={error} onMove={onMove} onCancel={onClose} />
      ) : null}
    </FormDialog>
  );
}

function MoveForm({ placement, phases, lines, busy, error, onMove, onCancel }: {
  placement: FrameworkPlacement;
  phases: FrameworkPhase[];
  lines: LearningLine[];
  busy: boolean;
  error: unknown;
  onMove: (placement: FrameworkPlacement, to: Spot) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('programmes');
  const [phaseId, setPhaseId] = useState(placement.phaseId);
  const [lineId, setLineId] = useState(placement.learningLineId);
  const [week, setWeek] = useState(String(placement.weekOffset + 1));
  const phase = phases.find((p) => p.id === phaseId) ?? phases[0]!;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onMove(placement, { phaseId, learningLineId: lineId, weekOffset: clampWeek((Number(week) || 1) - 1, phase) });
  };
  return (
    <>
      <FormProblem error={error} />
      <form onSubmit={submit} noValidate className="lk-form">
        <SelectField label={t('move.phase')} name="phaseId" value={phaseId} onChange={(e) => setPhaseId(e.target.value)}
          options={phases.map((p) => ({ value: p.id, label: p.title }))} />
        <SelectField label={t('move.line')} name="learningLineId" value={lineId} onChange={(e) => setLineId(e.target.value)}
          options={lines.map((l) => ({ value: l.id, label: l.label }))} />
        <TextField label={t('move.week')} name="week" type="number" inputMode="numeric" min={1} value={week}
          description={t('placement.weekHelp', { weeks: clampWeek(10_000, phase) + 1 })} onChange={(e) => setWeek(e.target.value)} />
        <FormActions submitLabel={t('move.submit')} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}
