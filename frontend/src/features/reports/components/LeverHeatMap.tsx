import { Rectangle, Surface, Text } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/DataTable';
import { formatDecimal } from '@/lib/figures';
import type { EffectReport, ReportRound } from '../api/types';
import { heatLegend, leverGrid, type HeatCell, type RowLabel } from '../lib/chart-data';
import { useNarrow } from '../lib/use-narrow';
import { NotShown } from './NotShown';
import { ChartPair } from './ChartPair';

/** The bands' fills, light to dark, and the text colour that reads on each (contrast at least 4.5:1). */
const BAND_FILL = ['var(--utrecht-color-blue-90)', 'var(--utrecht-color-blue-80)', 'var(--utrecht-color-blue-60)',
  'var(--utrecht-color-blue-35)', 'var(--utrecht-color-blue-20)'];
const BAND_TEXT = ['var(--utrecht-color-black)', 'var(--utrecht-color-black)', 'var(--utrecht-color-black)',
  'var(--utrecht-color-white)', 'var(--utrecht-color-white)'];

/** The grid's measures: wide, and on a phone narrower with the lever names wrapped over two lines. */
const WIDE = { label: 270, cell: 92, height: 30, header: 36, font: 12, breakAll: false };
const NARROW = { label: 130, cell: 52, height: 36, header: 44, font: 10, breakAll: true };

type LeverRow = ReturnType<typeof leverGrid>['levers'][number];

/** (c) The 12 levers of transfer × the moments as a heat map (an SVG grid of recharts primitives: a square per
 * cell, darker for a higher mean, its value written in it), a legend of the bands, and the table of the same means. */
export function LeverHeatMap({ report, rowLabel, roundLabel }: {
  report: EffectReport; rowLabel: RowLabel; roundLabel: (round: ReportRound) => string;
}) {
  const { t, i18n } = useTranslation('reports');
  const lang = i18n.language;
  const { levers, scale } = leverGrid(report, rowLabel);
  const size = useNarrow() ? NARROW : WIDE;
  const { label: LABEL_WIDTH, cell: CELL_WIDTH, height: CELL_HEIGHT, header: HEADER_HEIGHT, font, breakAll } = size;
  const width = LABEL_WIDTH + report.rounds.length * CELL_WIDTH;
  const height = HEADER_HEIGHT + levers.length * CELL_HEIGHT;
  const value = (cell: HeatCell) => (cell.mean === null ? '' : formatDecimal(cell.mean, lang, 0));
  const columns: Column<LeverRow>[] = [
    { key: 'lever', header: t('levers.lever'), render: (lever) => lever.label },
    ...report.rounds.map((round, index) => ({
      key: round.id,
      header: roundLabel(round),
      numeric: true,
      render: (lever: LeverRow) => {
        const cell = lever.cells[index];
        if (!cell) return '';
        if (cell.suppressed) return <NotShown reason={cell.suppressed} minimum={report.minimumGroupSize} />;
        return cell.mean === null ? t('figures.none') : t('figures.meanWithN', { mean: formatDecimal(cell.mean, lang, 1), n: cell.n ?? 0 });
      },
    })),
  ];
  return (
    <ChartPair
      testId="levers"
      chart={
        <div className="lk-report-heatmap">
          <Surface width={width} height={height} viewBox={{ x: 0, y: 0, width, height }} className="lk-report-heatmap__svg">
            {report.rounds.map((round, c) => (
              <Text key={round.id} x={LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2} y={HEADER_HEIGHT - 10}
                textAnchor="middle" fontSize={font} width={CELL_WIDTH - 4} maxLines={2} breakAll={breakAll}>{roundLabel(round)}</Text>
            ))}
            {levers.map((lever, r) => (
              <g key={lever.key}>
                <Text x={LABEL_WIDTH - 8} y={HEADER_HEIGHT + r * CELL_HEIGHT + CELL_HEIGHT / 2} textAnchor="end"
                  verticalAnchor="middle" fontSize={font} width={LABEL_WIDTH - 12} maxLines={2} breakAll={breakAll}>{lever.label}</Text>
                {lever.cells.map((cell, c) => {
                  const x = LABEL_WIDTH + c * CELL_WIDTH;
                  const y = HEADER_HEIGHT + r * CELL_HEIGHT;
                  return (
                    <g key={cell.roundId} className="lk-report-heatmap__cell" data-band={cell.band ?? 'none'}>
                      <Rectangle x={x + 1} y={y + 1} width={CELL_WIDTH - 2} height={CELL_HEIGHT - 2}
                        fill={cell.band === null ? 'var(--utrecht-color-grey-95)' : BAND_FILL[cell.band]}
                        stroke="var(--utrecht-color-grey-80)" />
                      <Text x={x + CELL_WIDTH / 2} y={y + CELL_HEIGHT / 2} textAnchor="middle" verticalAnchor="middle"
                        fontSize={font} fill={cell.band === null ? 'var(--utrecht-color-grey-20)' : BAND_TEXT[cell.band]}>
                        {cell.band === null ? (cell.suppressed ? t('levers.hiddenMark') : '–') : value(cell)}
                      </Text>
                    </g>
                  );
                })}
              </g>
            ))}
          </Surface>
        </div>
      }
      legend={
        <ul className="lk-report-legend lk-report-legend--bands">
          {heatLegend(scale).map(([low, high], band) => (
            <li key={band}>
              <span className="lk-report-legend__band" data-band={band} />
              {t('levers.band', { low: formatDecimal(low, lang, 0), high: formatDecimal(high, lang, 0) })}
            </li>
          ))}
          <li><span className="lk-report-legend__band" data-band="none" />{t('levers.noFigure')}</li>
        </ul>
      }
      table={<DataTable caption={t('levers.caption')} columns={columns} rows={levers} rowKey={(lever) => lever.key} />}
    />
  );
}
