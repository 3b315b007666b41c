import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FrameworkPhase, FrameworkPlacement, LearningLine } from '../api/types';
import type { Grid, GridCell } from '../lib/grid';
import { cellsByPhase } from '../lib/grid';
import { PhaseBalance } from './PhaseBalance';
import { PlacementCard, type PlacementActions } from './PlacementCard';

export type FrameworkGridData = Grid<FrameworkPhase, LearningLine, FrameworkPlacement>;

export interface FrameworkGridProps {
  grid: FrameworkGridData;
  canEdit: boolean;
  /** The id of the text that tells how to move a focused card with the keyboard. */
  hintId: string;
  actions: PlacementActions;
  onAdd: (phase: FrameworkPhase, line: LearningLine) => void;
  /** At narrow widths the grid is a list per phase. */
  layout: 'table' | 'list';
}

function Cell({ cell, phase, line, canEdit, hintId, actions, onAdd }: {
  cell: GridCell<FrameworkPlacement>;
  phase: FrameworkPhase;
  line: LearningLine;
} & Pick<FrameworkGridProps, 'canEdit' | 'hintId' | 'actions' | 'onAdd'>) {
  const { t } = useTranslation('programmes');
  return (
    <>
      {cell.placements.length ? (
        <ul className="lk-placements" aria-label={t('grid.cellLabel', { phase: phase.title, line: line.label })}>
          {cell.placements.map((placement) => (
            <PlacementCard key={placement.id} placement={placement} canEdit={canEdit} hintId={hintId} actions={actions} />
          ))}
        </ul>
      ) : (
        <p className="lk-muted lk-cell-empty">{t('grid.emptyCell')}</p>
      )}
      {canEdit ? (
        <Button appearance="secondary-action-button" className="lk-cell-add" onClick={() => onAdd(phase, line)}>
          {t('grid.add')}<span className="visually-hidden"> ({t('grid.cellLabel', { phase: phase.title, line: line.label })})</span>
        </Button>
      ) : null}
    </>
  );
}

function PhaseHeader({ phase }: { phase: FrameworkPhase }) {
  const { t } = useTranslation('programmes');
  return (
    <>
      <span className="lk-grid__phase-title">{phase.title}</span>
      {phase.subTheme ? <span className="lk-grid__phase-theme">{phase.subTheme}</span> : null}
      <span className="lk-grid__phase-months">
        {t('grid.months', { start: phase.startMonth, end: phase.startMonth + phase.lengthMonths - 1 })}
      </span>
      {phase.competencies.length ? (
        <span className="lk-grid__phase-competencies">
          {t('grid.focus', { competencies: phase.competencies.map((c) => c.name).join(', ') })}
        </span>
      ) : null}
    </>
  );
}

/** The framework: phases as columns, learning lines as rows, placements in the cells, each phase's balance below. */
export function FrameworkGrid({ grid, layout, ...rest }: FrameworkGridProps) {
  const { t } = useTranslation('programmes');
  if (!grid.phases.length || !grid.lines.length) {
    return <Paragraph>{grid.phases.length ? t('grid.noLines') : t('grid.noPhases')}</Paragraph>;
  }
  if (layout === 'list') {
    return (
      <div className="lk-grid-list">
        {cellsByPhase(grid).map(({ phase, cells }) => (
          <section key={phase.id} className="lk-grid-list__phase" aria-labelledby={`phase-${phase.id}`}>
            <Heading3 id={`phase-${phase.id}`} className="lk-grid-list__heading">{phase.title}</Heading3>
            <p className="lk-grid__phase-head"><PhaseHeader phase={phase} /></p>
            {cells.map(({ line, cell }) => (
              <div key={line.id} className="lk-grid-list__cell">
                <p className="lk-grid-list__line">{line.label}</p>
                <Cell cell={cell} phase={phase} line={line} {...rest} />
              </div>
            ))}
            <PhaseBalance phase={phase} />
          </section>
        ))}
      </div>
    );
  }
  return (
    <div className="lk-grid-scroll" role="region" aria-labelledby="framework-grid-caption" tabIndex={0}>
      <table className="lk-grid">
        <caption id="framework-grid-caption">{t('grid.caption')}</caption>
        <thead>
          <tr>
            <td />
            {grid.phases.map((phase) => (
              <th key={phase.id} id={`phase-${phase.id}`} scope="col" className="lk-grid__phase-head"><PhaseHeader phase={phase} /></th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.line.id}>
              <th scope="row" className="lk-grid__line-head">
                <span className="lk-grid__line-label">{row.line.label}</span>
                {row.line.description ? <span className="lk-grid__line-description">{row.line.description}</span> : null}
              </th>
              {row.cells.map((cell, column) => (
                <td key={cell.phaseId} className="lk-grid__cell">
                  <Cell cell={cell} phase={grid.phases[column]!} line={row.line} {...rest} />
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className="lk-grid__line-head">{t('balance.title')}</th>
            {grid.phases.map((phase) => (
              <td key={phase.id} className="lk-grid__cell"><PhaseBalance phase={phase} /></td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
