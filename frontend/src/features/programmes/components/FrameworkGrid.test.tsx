import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FrameworkPhase, FrameworkPlacement, LearningLine } from '../api/types';
import { buildGrid } from '../lib/grid';
import { FrameworkGrid } from './FrameworkGrid';

const mix = (workplace: number, social: number, formal: number, unknown: number) => ({
  workplace: { count: workplace, share: 0 }, social: { count: social, share: 0 }, formal: { count: formal, share: 0 }, unknown: { count: unknown, share: 0 },
});
const phase = (id: string, position: number, title: string, extra: Partial<FrameworkPhase> = {}) => ({
  id, programmeId: 'x', title, subTheme: '', description: '', startMonth: 1 + position * 6, lengthMonths: 6, position,
  competencyIds: [], version: 1, competencies: [],
  kolbBalance: { concreteExperience: 0, reflectiveObservation: 0, abstractConceptualisation: 0, activeExperimentation: 0 },
  mix: mix(0, 0, 0, 0), ...extra,
}) as FrameworkPhase;
const line = (id: string, position: number, label: string) =>
  ({ id, programmeId: 'x', level: 'self', label, description: '', position, version: 1 }) as LearningLine;
const placement = {
  id: 'c1', programmeId: 'x', phaseId: 'p1', learningLineId: 'l1', interventionId: 'i1', kolbPhase: 'reflective_observation',
  weekOffset: 2, durationHours: '1.50', note: '', version: 3,
  intervention: { id: 'i1', title: 'Intervisie', learningForm: 'intervision', learningMix: 'social', durationHours: null },
} as FrameworkPlacement;

const phases = [
  phase('p1', 0, 'Verleden', {
    competencies: [{ id: 'k1', name: 'Verbindend' }],
    kolbBalance: { concreteExperience: 0, reflectiveObservation: 1, abstractConceptualisation: 0, activeExperimentation: 0 },
    mix: mix(0, 1, 0, 0),
  }),
  phase('p2', 1, 'Heden'),
];
const grid = buildGrid(phases, [line('l1', 0, 'Ik'), line('l2', 1, 'Ik en de ander')], [placement]);
const actions = () => ({ onMoveKey: vi.fn(), onMove: vi.fn(), onEdit: vi.fn(), onRemove: vi.fn() });

describe('FrameworkGrid', () => {
  it('shows phases as columns and learning lines as rows, the card with its Kolb phase in words', () => {
    render(<FrameworkGrid grid={grid} layout="table" canEdit hintId="hint" actions={actions()} onAdd={vi.fn()} />);
    const table = screen.getByRole('table', { name: 'Framework: fasen en leerlijnen' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      expect.stringContaining('Verleden'), expect.stringContaining('Heden'),
    ]);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Ik', 'Ik en de ander', 'Balans per fase']);
    const card = screen.getByRole('listitem', { name: 'Intervisie' });
    expect(card).toHaveTextContent('Reflecteren');
    expect(card).toHaveTextContent('week 3 · 1,5 uur · Intervisie');
    expect(table).toHaveTextContent('Focus: Verbindend');
    expect(table).toHaveTextContent('Ontbreekt: Concreet ervaren, Begripsvorming, Actief experimenteren.');
    expect(table).toHaveTextContent('20: leren met en van anderen: 100% (doel 20%)');
  });

  it('moves a focused card with the arrow keys, and not when a button inside it has the focus', () => {
    const handlers = actions();
    render(<FrameworkGrid grid={grid} layout="table" canEdit hintId="hint" actions={handlers} onAdd={vi.fn()} />);
    const card = screen.getByRole('listitem', { name: 'Intervisie' });
    fireEvent.keyDown(card, { key: 'ArrowRight' });
    expect(handlers.onMoveKey).toHaveBeenCalledWith(placement, 'ArrowRight');
    fireEvent.keyDown(within(card).getByRole('button', { name: /^Verplaatsen ?\(Intervisie\)$/ }), { key: 'ArrowDown' });
    fireEvent.keyDown(card, { key: 'Enter' });
    expect(handlers.onMoveKey).toHaveBeenCalledTimes(1);
    fireEvent.click(within(card).getByRole('button', { name: /^Verplaatsen ?\(Intervisie\)$/ }));
    expect(handlers.onMove).toHaveBeenCalledWith(placement);
  });

  it('gives a reader no edit controls, and lists the cells per phase on a phone', () => {
    render(<FrameworkGrid grid={grid} layout="list" canEdit={false} hintId="hint" actions={actions()} onAdd={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Verleden', 'Heden']);
  });
});
