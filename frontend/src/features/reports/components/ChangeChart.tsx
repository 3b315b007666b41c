import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis, type LabelProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDecimal, formatSigned } from '@/lib/figures';
import type { EffectReport, ReportComparison } from '../api/types';
import { changeBars, changeDomain, plotted, type ChangeBar, type RowLabel } from '../lib/chart-data';
import { useNarrow } from '../lib/use-narrow';
import { ChartPair } from './ChartPair';
import { NotShown } from './NotShown';

const BAR_HEIGHT = 34;
const LABEL_COLUMN = 64;

/** A bar's value, written in a column right of the plot (clear of the error bars), level with its bar. */
function ValueLabel(props: LabelProps & { language: string }) {
  const { parentViewBox, viewBox, value, language } = props;
  const plot = parentViewBox as { x: number; width: number } | undefined;
  const bar = viewBox as { y: number; height: number } | undefined;
  if (!plot || !bar || typeof value !== 'number') return null;
  return (
    <text x={plot.x + plot.width - LABEL_COLUMN + 8} y={bar.y + bar.height / 2} dominantBaseline="central"
      className="lk-report-bar-label" data-value={value}>{formatSigned(value, language, 1)}</text>
  );
}

/** (b) The change from the pre round per level, dimension and competency: a bar per group with its 95 % interval
 * as an error bar (percentage points of the 0-100 scale), and the table of the same numbers with the effect size
 * and its magnitude in words. */
export function ChangeChart({ report, comparison, rowLabel }: { report: EffectReport; comparison: ReportComparison; rowLabel: RowLabel }) {
  const { t, i18n } = useTranslation('reports');
  const vocab = useVocabulary();
  const narrow = useNarrow();
  const bars = changeBars(report, comparison, rowLabel);
  const shown = plotted(bars).map((bar) => ({ ...bar, name: narrow ? bar.label : `${t(`kind.${bar.kind}`)}: ${bar.label}` }));
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
          <BarChart data={shown} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: LABEL_COLUMN, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="var(--utrecht-color-grey-80)" strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={changeDomain(bars)} tickFormatter={(v: number) => formatDecimal(v, lang, 0)} />
            <YAxis type="category" dataKey="name" width={narrow ? 120 : 190} tick={{ fontSize: narrow ? 10 : 12 }} interval={0} />
            <ReferenceLine x={0} stroke="var(--utrecht-color-grey-20)" />
            <Bar dataKey="value" isAnimationActive={false} barSize={16} minPointSize={2}>
              {shown.map((bar) => (
                <Cell key={bar.key} fill={(bar.value ?? 0) >= 0 ? 'var(--utrecht-color-blue-35)' : 'var(--utrecht-color-red-30)'} />
              ))}
              <ErrorBar dataKey="error" direction="x" width={6} stroke="var(--utrecht-color-grey-10)" strokeWidth={1.5} />
              <LabelList dataKey="value" content={(props) => <ValueLabel {...props} language={lang} />} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      ) : <p className="lk-muted">{t('change.nothingPlotted')}</p>}
      table={<DataTable caption={t('change.caption')} columns={columns} rows={bars} rowKey={(bar) => bar.key} />}
    />
  );
}
