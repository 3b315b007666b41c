import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { FrameworkPhase, FrameworkPlacement, LearningLine } from '../api/types';
import { useFrameworkMutations } from '../api/use-framework-mutations';
import { useProgrammeFramework } from '../api/use-programme-framework';
import { buildGrid } from '../lib/grid';
import { describeSpot, moveChanges, moveTarget, type MoveKey, type Spot } from '../lib/move';
import { FrameworkGrid } from './FrameworkGrid';
import { MoveDialog } from './MoveDialog';
import { PlacementDialog, type PlacementValues } from './PlacementDialog';
import { useWide } from './use-wide';

/**
 * The framework grid with what an editor does on it: place an intervention in a cell, move a card (arrow keys on
 * the focused card, or "Verplaatsen"), change or remove it. Every move is announced in a live region and the moved
 * card keeps the focus. `aside` (the principle checks) stands beside the grid.
 */
export function FrameworkBoard({ programmeId, canEdit, aside }: { programmeId: string; canEdit: boolean; aside?: ReactNode }) {
  const { t } = useTranslation('programmes');
  const framework = useProgrammeFramework(programmeId);
  const mutations = useFrameworkMutations(programmeId);
  const wide = useWide();
  const hintId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [adding, setAdding] = useState<{ phase: FrameworkPhase; line: LearningLine } | null>(null);
  const [moving, setMoving] = useState<FrameworkPlacement | null>(null);
  const [editing, setEditing] = useState<FrameworkPlacement | null>(null);
  const [removing, setRemoving] = useState<FrameworkPlacement | null>(null);
  const focusAfter = useRef<string | null>(null);
  const data = framework.data;
  const grid = useMemo(() => (data ? buildGrid(data.phases, data.learningLines, data.placements) : null), [data]);

  // The moved (or edited) card is in its new cell once the grid shows it there: give it the focus again.
  useEffect(() => {
    if (!focusAfter.current) return;
    const card = document.querySelector<HTMLElement>(`[data-placement-id="${focusAfter.current}"]`);
    if (card) {
      card.focus();
      focusAfter.current = null;
    }
  });

  if (framework.isPending) return <LoadingState />;
  if (framework.isError || !grid) return <ProblemAlert error={framework.error} />;

  const move = (placement: FrameworkPlacement, to: Spot, after?: () => void) => {
    const changes = moveChanges(placement, to);
    if (!Object.keys(changes).length) {
      after?.();
      focusAfter.current = placement.id;
      return;
    }
    const names = describeSpot(grid.phases, grid.lines, to);
    mutations.updatePlacement.mutate(
      { id: placement.id, version: placement.version, changes },
      {
        onSuccess: () => {
          focusAfter.current = placement.id;
          after?.();
          setAnnouncement(t('move.announce', { title: placement.intervention.title, ...names }));
        },
        onError: () => setAnnouncement(t('move.failed', { title: placement.intervention.title })),
      },
    );
  };

  const onMoveKey = (placement: FrameworkPlacement, key: MoveKey) => {
    if (mutations.updatePlacement.isPending) return;
    const to = moveTarget(grid.phases, grid.lines, placement, key);
    if (!to) {
      setAnnouncement(t('move.edge', { title: placement.intervention.title }));
      return;
    }
    move(placement, to);
  };

  const phaseOf = (id: string) => grid.phases.find((p) => p.id === id);

  return (
    <div className={aside ? 'lk-framework lk-framework--with-aside' : 'lk-framework'}>
      <div className="lk-framework__grid">
        {canEdit ? <Paragraph id={hintId} className="lk-muted">{t('grid.keyboardHint')}</Paragraph> : null}
        <FrameworkGrid
          grid={grid}
          layout={wide ? 'table' : 'list'}
          canEdit={canEdit}
          hintId={hintId}
          onAdd={(phase, line) => { mutations.createPlacement.reset(); setAdding({ phase, line }); }}
          actions={{
            onMoveKey,
            onMove: (p) => { mutations.updatePlacement.reset(); setMoving(p); },
            onEdit: (p) => { mutations.updatePlacement.reset(); setEditing(p); },
            onRemove: (p) => { mutations.removePlacement.reset(); setRemoving(p); },
          }}
        />
        <div role="status" aria-live="polite" className="visually-hidden" data-testid="framework-announcement">{announcement}</div>
      </div>
      {aside ? <div className="lk-framework__aside">{aside}</div> : null}

      <PlacementDialog
        open={!!adding}
        title={adding ? t('placement.addTitle', { phase: adding.phase.title, line: adding.line.label }) : ''}
        lengthMonths={adding?.phase.lengthMonths ?? 6}
        submitLabel={t('placement.add')}
        busy={mutations.createPlacement.isPending}
        error={mutations.createPlacement.error}
        onClose={() => setAdding(null)}
        onSubmit={(values: PlacementValues) => {
          if (!adding) return;
          mutations.createPlacement.mutate(
            { ...values, phaseId: adding.phase.id, learningLineId: adding.line.id },
            { onSuccess: (placement) => { setAdding(null); focusAfter.current = placement.id; setAnnouncement(t('placement.added', { phase: adding.phase.title, line: adding.line.label })); } },
          );
        }}
      />
      <PlacementDialog
        key={editing?.id ?? 'none'}
        open={!!editing}
        title={editing ? t('placement.editTitle', { title: editing.intervention.title }) : ''}
        initial={editing ?? undefined}
        lengthMonths={(editing && phaseOf(editing.phaseId)?.lengthMonths) ?? 6}
        submitLabel={t('placement.save')}
        busy={mutations.updatePlacement.isPending}
        error={mutations.updatePlacement.error}
        onClose={() => setEditing(null)}
        onSubmit={(values) => {
          if (!editing) return;
          const { interventionId: _same, ...changes } = values;
          mutations.updatePlacement.mutate(
            { id: editing.id, version: editing.version, changes },
            { onSuccess: () => { focusAfter.current = editing.id; setEditing(null); } },
          );
        }}
      />
      <MoveDialog
        placement={moving}
        phases={grid.phases}
        lines={grid.lines}
        busy={mutations.updatePlacement.isPending}
        error={mutations.updatePlacement.error}
        onClose={() => { if (moving) focusAfter.current = moving.id; setMoving(null); }}
        onMove={(placement, to) => move(placement, to, () => setMoving(null))}
      />
      <ConfirmDialog
        open={!!removing}
        title={removing ? t('placement.removeTitle', { title: removing.intervention.title }) : ''}
        confirmLabel={t('grid.remove')}
        busy={mutations.removePlacement.isPending}
        error={mutations.removePlacement.error}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          mutations.removePlacement.mutate(removing.id, {
            onSuccess: () => { setAnnouncement(t('placement.removed', { title: removing.intervention.title })); setRemoving(null); },
          });
        }}
      >
        {t('placement.removeBody')}
      </ConfirmDialog>
    </div>
  );
}
