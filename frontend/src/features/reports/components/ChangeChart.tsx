import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDecimal, formatSigned } from '@/lib/figures';
import type { EffectReport, ReportComparison } from '../api/types';
import { changeBars, changeDomain, plotted, type ChangeBar, type RowLabel } from '../lib/chart-data';
import { ChartPair } from './ChartPair';
import { NotShown } from './NotShown';

const BAR_HEIGHT = 34;

/** (b) The change from the pre round per level, dimension and competency: a bar per group with its 95 % interval
 * as an error bar (percentage points of the 0-100 scale), and the table of the same numbers with the effect size
 * and its magnitude in words. */
export function ChangeChart({ report, comparison, rowLabel }: { report: EffectReport; comparison: ReportComparison; rowLabel: RowLabel }) {
  const { t, i18n } = useTranslation('reports');
  const vocab = useVocabulary();
  const bars = changeBars(report, comparison, rowLabel);
  const shown = plotted(bars).map((bar) => ({ ...bar, name: `${t(`kind.${bar.kind}`)}: ${bar.label}` }));
  const lang = i18n.language;
  const columns: Column<ChangeBar>[] = [
    { key: 'row', header: t('change.row'), render: (bar) => `${t(`kind.${bar.kind}`)}: ${bar.label}` },
    { key: 'n', header: t('change.n'), numeric: true, render: (bar) => (bar.suppressed ? '' : String(bar.n ?? '')) },
    {
      key: 'difference', header: t('change.difference'), numeric: true,
      render: (bar) => (bar.suppressed ? <NotShown reason={bar.suppressed} minimum={report.minimumGroupSize} />
        : bar.value === null ? t('figures.none') : formatSigned(bar.value, lang, 1)),
    },
    {
      key: 'interval', header: t('change.interval'), numeric: true,
      render: (bar) => (bar.ciLow === null || bar.ciHigh === null ? '' : t('figures.interval', {
        low: formatDecimal(bar.ciLow, lang, 1), high: formatDecimal(bar.ciHigh, lang, 1) })),
    },
    {
      key: 'effect', header: t('change.effect'), numeric: true,
      render: (bar) => (bar.effectSize === null ? '' : formatDecimal(bar.effectSize, lang, 2)),
    },
    { key: 'magnitude', header: t('change.magnitude'), render: (bar) => (bar.magnitude ? vocab.label('Magnitude', bar.magnitude) : '') },
  ];
  return (
    <ChartPair
      testId="change"
      chart={shown.length ? (
        <ResponsiveContainer width="100%" height={Math.max(120, shown.length * BAR_HEIGHT + 48)}>
          <BarChart data={shown} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="var(--utrecht-color-grey-80)" strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={changeDomain(bars)} tickFormatter={(v: number) => formatDecimal(v, lang, 0)} />
            <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
            <ReferenceLine x={0} stroke="var(--utrecht-color-grey-20)" />
            <Bar dataKey="value" isAnimationActive={false} barSize={16}>
              {shown.map((bar) => (
                <Cell key={bar.key} fill={(bar.value ?? 0) >= 0 ? 'var(--utrecht-color-blue-35)' : 'var(--utrecht-color-red-30)'} />
              ))}
              <ErrorBar dataKey="error" direction="x" width={6} stroke="var(--utrecht-color-grey-10)" strokeWidth={1.5} />
              <LabelList dataKey="value" position="right" offset={28} className="lk-report-bar-label"
                formatter={(v: unknown) => formatSigned(typeof v === 'number' ? v : null, lang, 1)} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      ) : <p className="lk-muted">{t('change.nothingPlotted')}</p>}
      table={<DataTable caption={t('change.caption')} columns={columns} rows={bars} rowKey={(bar) => bar.key} />}
    />
  );
}
