/**
 * The framework grid's layout (pure): phases as columns, learning lines as rows, each cell the placements of one
 * phase × learning line in the order they happen (week, then title). On a phone the same cells are listed per phase.
 */

export interface GridPhase {
  id: string;
  position: number;
  title: string;
  lengthMonths: number;
}

export interface GridLine {
  id: string;
  position: number;
  label: string;
}

export interface GridPlacement {
  id: string;
  phaseId: string;
  learningLineId: string;
  weekOffset: number;
  intervention: { title: string };
}

export interface GridCell<P extends GridPlacement> {
  phaseId: string;
  learningLineId: string;
  placements: P[];
}

export interface GridRow<L extends GridLine, P extends GridPlacement> {
  line: L;
  cells: GridCell<P>[];
}

export interface Grid<Ph extends GridPhase, L extends GridLine, P extends GridPlacement> {
  phases: Ph[];
  lines: L[];
  rows: GridRow<L, P>[];
}

const byPosition = <T extends { position: number }>(items: T[]) => [...items].sort((a, b) => a.position - b.position);

/** Placements in the order they happen within their cell. */
export function inOrder<P extends GridPlacement>(placements: P[]): P[] {
  return [...placements].sort(
    (a, b) => a.weekOffset - b.weekOffset || a.intervention.title.localeCompare(b.intervention.title) || a.id.localeCompare(b.id),
  );
}

export function buildGrid<Ph extends GridPhase, L extends GridLine, P extends GridPlacement>(
  phases: Ph[],
  lines: L[],
  placements: P[],
): Grid<Ph, L, P> {
  const orderedPhases = byPosition(phases);
  const orderedLines = byPosition(lines);
  const cells = new Map<string, P[]>();
  for (const placement of placements) {
    const key = `${placement.phaseId}|${placement.learningLineId}`;
    const list = cells.get(key) ?? [];
    list.push(placement);
    cells.set(key, list);
  }
  return {
    phases: orderedPhases,
    lines: orderedLines,
    rows: orderedLines.map((line) => ({
      line,
      cells: orderedPhases.map((phase) => ({
        phaseId: phase.id,
        learningLineId: line.id,
        placements: inOrder(cells.get(`${phase.id}|${line.id}`) ?? []),
      })),
    })),
  };
}

/** The same cells per phase (the phone's list): each phase with its learning lines' cells. */
export function cellsByPhase<Ph extends GridPhase, L extends GridLine, P extends GridPlacement>(grid: Grid<Ph, L, P>) {
  return grid.phases.map((phase, column) => ({
    phase,
    cells: grid.rows.map((row) => ({ line: row.line, cell: row.cells[column]! })),
  }));
}

/** How many weeks a phase of `lengthMonths` months holds (52 weeks a year), at least one. */
export function weeksIn(lengthMonths: number): number {
  return Math.max(1, Math.round((Math.max(0, lengthMonths) * 52) / 12));
}
