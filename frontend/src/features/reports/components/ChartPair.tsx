import type { ReactNode } from 'react';

/** A chart and, right below it, the table of the same numbers. The chart is a picture of the
 * table: hidden from assistive technology and never focusable; the table is what a screen reader reads. */
export function ChartPair({ chart, legend, table, testId }: { chart: ReactNode; legend?: ReactNode; table: ReactNode; testId: string }) {
  return (
    <div className="lk-report-pair" data-testid={testId}>
      <div className="lk-report-chart" aria-hidden="true" data-testid={`${testId}-chart`}>
        {chart}
        {legend}
      </div>
      <div className="lk-report-table lk-stacks">{table}</div>
    </div>
  );
}

/** The colours of the series (design tokens, each at least 3:1 against white) and a dash pattern each, so lines
 * differ by more than colour. */
export const SERIES_STYLES = [
  { colour: 'var(--utrecht-color-blue-35)', dash: undefined },
  { colour: 'var(--utrecht-color-red-30)', dash: '6 3' },
  { colour: 'var(--utrecht-color-green-30)', dash: '2 3' },
  { colour: 'var(--utrecht-color-yellow-20)', dash: '10 3 2 3' },
  { colour: 'var(--utrecht-color-grey-30)', dash: '1 2' },
  { colour: 'var(--utrecht-color-blue-20)', dash: '12 4' },
] as const;

export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}
