import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithRouter } from '@/test/render';
import type { Traceability } from '../api/types';
import { TraceabilityDiagram } from './TraceabilityDiagram';
import { TraceabilityTable } from './TraceabilityTable';

const base = { description: '', position: 0, version: 1 };
const training = { id: 'i1', title: 'Training HNW', status: 'new', category: 'strategic_development' } as const;
const loose = { id: 'i2', title: 'Losse workshop', status: 'existing', category: 'strategic_theme' } as const;

const tree = {
  plan: {} as Traceability['plan'],
  counts: {} as Traceability['counts'],
  unlinkedInterventions: [loose],
  themes: [{ ...base, id: 't1', title: 'Hostmanship', interventions: [] }],
  developments: [
    {
      ...base, id: 'd1', title: 'Het Nieuwe Werken', interventionCount: 1, learningGoalGaps: 1,
      goals: [{
        ...base, id: 'g1', title: 'Flexibel werken', learningGoalGaps: 1,
        learningGoals: [
          { ...base, id: 'l1', title: 'Digitaal samenwerken', audience: 'all', interventions: [training] },
          { ...base, id: 'l2', title: 'Sturen op resultaat', audience: 'managers', interventions: [] },
        ],
      }],
    },
  ],
} satisfies Traceability;

describe('TraceabilityDiagram', () => {
  it('draws the chain, links interventions to the catalogue and marks gaps in words', () => {
    renderWithRouter(<TraceabilityDiagram tree={tree} />);
    const development = screen.getByRole('region', { name: 'Het Nieuwe Werken' });
    expect(within(development).getByText('1 doel, 1 leerinterventie, 1 leerdoel zonder leerinterventie'))
      .toBeInTheDocument();
    expect(within(development).getByRole('link', { name: 'Training HNW' })).toHaveAttribute('href', '/catalogus/i1');
    const gap = within(development).getByText('Sturen op resultaat').closest('li')!;
    expect(gap).toHaveTextContent('Leidinggevenden');
    expect(gap).toHaveTextContent('Geen leerinterventie');
    expect(within(development).getByText('Digitaal samenwerken').closest('li')).not.toHaveTextContent(
      'Geen leerinterventie');
    const unlinked = screen.getByRole('region', { name: 'Strategische leerinterventies zonder koppeling' });
    expect(within(unlinked).getByRole('link', { name: 'Losse workshop' })).toHaveAttribute('href', '/catalogus/i2');
  });
});

describe('TraceabilityTable', () => {
  it('has a captioned table with a row per learning goal, and one for the themes', () => {
    renderWithRouter(<TraceabilityTable tree={tree} />);
    const table = screen.getByRole('table', { name: /^Herleidbaarheid: ontwikkeling, doel, leerdoel/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('Het Nieuwe WerkenFlexibel werkenSturen op resultaatLeidinggevendenGeen leerinterventie');
    const themes = screen.getByRole('table', { name: "Strategische thema's en hun leerinterventies" });
    expect(within(themes).getByRole('row', { name: /Hostmanship/ })).toHaveTextContent('Geen leerinterventie');
  });
});
