import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BudgetSummary, StreamFigures } from '../api/types';
import { StreamCharts } from './StreamCharts';

const figures = (stream: StreamFigures['stream'], budget: string, planned: string): StreamFigures => ({
  stream, budgetId: null, budget, planned, committed: '0.00', spent: '0.00', remaining: budget, unplanned: '0.00',
});

const summary: BudgetSummary = {
  year: 2014,
  streams: [figures('strategic', '314777.00', '300000.00'), figures('functional', '314594.00', '0.00'),
    figures('personal', '357451.62', '0.00')],
  total: figures(null, '986822.62', '300000.00'),
  payroll: { amount: null, trainingBudgetPercent: null, targetPercent: null, targetYear: null, pathPercent: null, onPath: null },
  learningDays: {
    normPerFte: null, totalFte: '0.00', availableDays: null, hoursPerDay: '8.00', plannedHours: '0.00', plannedDays: '0.00',
    plannedPercentOfNorm: null, plannedDaysPerFte: null, byStream: [], byCategory: [], programmeSize: 0, withoutHours: [],
  },
  allocation: [],
  warnings: [],
  programme: { interventions: 0, totalCost: '0.00' },
  unbudgeted: [],
  outsideProgramme: [],
};

describe('StreamCharts', () => {
  it('hides the bars from assistive technology and gives every figure in a captioned table', () => {
    const { container } = render(<StreamCharts summary={summary} />);
    expect(container.querySelector('.lk-stream-charts')).toHaveAttribute('aria-hidden', 'true');
    const table = screen.getByRole('table', { name: /Cijfers per budgetstroom in 2014/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5); // header, three streams, total
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Strategisch');
    expect(rows[4]).toHaveTextContent(/Totaal.*986\.822,62/);
  });

  it('scales every bar to the largest figure of the year', () => {
    const { container } = render(<StreamCharts summary={summary} />);
    const widths = [...container.querySelectorAll<HTMLElement>('.lk-bars__bar')].map((bar) => bar.style.width);
    expect(widths[0]).toBe('88.1%'); // 314777 of 357451.62
    expect(widths[8]).toBe('100%');
  });
});
