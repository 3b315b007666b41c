import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/DataTable';
import { formatDecimal } from '@/lib/figures';
import type { EffectReport, ReportRound, ReportRowKind } from '../api/types';
import { meansByMoment, type MeansSeries, type RowLabel } from '../lib/chart-data';
import { ChartPair, seriesStyle } from './ChartPair';
import { NotShown } from './NotShown';

/** (a) The mean per moment per competency (or dimension / level when there are none): lines over the rounds, and
 * the table of the same means with n. */
export function MeansChart({ report, kind, rowLabel, roundLabel }: {
  report: EffectReport; kind: ReportRowKind; rowLabel: RowLabel; roundLabel: (round: ReportRound) => string;
}) {
  const { t, i18n } = useTranslation('reports');
  const { series, data, scale } = meansByMoment(report, kind, rowLabel, roundLabel);
  const columns: Column<MeansSeries>[] = [
    { key: 'row', header: t(`means.rowHeader.${kind}`), render: (s) => s.label },
    ...report.rounds.map((round, index) => ({
      key: round.id,
      header: roundLabel(round),
      numeric: true,
      render: (s: MeansSeries) => {
        const cell = s.cells[index];
        if (!cell) return '';
        if (cell.suppressed) return <NotShown reason={cell.suppressed} minimum={report.minimumGroupSize} />;
        if (cell.mean === null) return t('figures.none');
        return t('figures.meanWithN', { mean: formatDecimal(cell.mean, i18n.language, 1), n: cell.n ?? 0 });
      },
    })),
  ];
  return (
    <ChartPair
      testId="means"
      chart={
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="var(--utrecht-color-grey-80)" strokeDasharray="3 3" />
            <XAxis dataKey="round" tick={{ fontSize: 12 }} interval={0} padding={{ left: 40, right: 40 }} />
            <YAxis domain={scale} tickFormatter={(v: number) => formatDecimal(v, i18n.language, 0)} width={40} />
            {series.map((s, index) => (
              <Line key={s.key} dataKey={s.key} name={s.label} type="linear" isAnimationActive={false}
                stroke={seriesStyle(index).colour} strokeDasharray={seriesStyle(index).dash} strokeWidth={2}
                dot={{ r: 4, fill: seriesStyle(index).colour }} connectNulls={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      }
      legend={
        <ul className="lk-report-legend">
          {series.map((s, index) => (
            <li key={s.key}>
              <svg width="28" height="10" className="lk-report-legend__swatch">
                <line x1="0" y1="5" x2="28" y2="5" stroke={seriesStyle(index).colour} strokeWidth="2"
                  strokeDasharray={seriesStyle(index).dash} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      }
      table={<DataTable caption={t('means.caption', { scale: t(`scale.${kind === 'question' ? 'question' : 'group'}`) })}
        columns={columns} rows={series} rowKey={(s) => s.key} />}
    />
  );
}
