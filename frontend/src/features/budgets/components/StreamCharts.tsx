import { Heading2, Heading3 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoney } from '@/lib/money';
import type { BudgetSummary, StreamFigures } from '../api/types';
import { barWidths } from '../lib/bars';

const MEASURES = ['budget', 'planned', 'committed', 'spent'] as const;

/** The three streams side by side as bar charts (budget / planned / committed / spent), one scale for all,
 * and the same figures as a table: the charts are hidden from assistive technology, the table is not. */
export function StreamCharts({ summary }: { summary: BudgetSummary }) {
  const { t, i18n } = useTranslation('budgets');
  const vocab = useVocabulary();
  const all = summary.streams.flatMap((s) => MEASURES.map((m) => s[m]));
  const widths = barWidths(all);
  const streamName = (s: StreamFigures) => (s.stream ? vocab.label('FundingStream', s.stream) : t('summary.total'));

  const columns: Column<StreamFigures>[] = [
    { key: 'stream', header: t('summary.stream'), render: streamName },
    ...(['budget', 'planned', 'committed', 'spent', 'remaining', 'unplanned'] as const).map((measure) => ({
      key: measure,
      header: t(`measures.${measure}`),
      numeric: true,
      render: (s: StreamFigures) => formatMoney(s[measure], i18n.language),
    })),
  ];

  return (
    <section className="lk-section" id="samenvatting" aria-labelledby="budget-charts-title">
      <Heading2 id="budget-charts-title" tabIndex={-1}>{t('summary.chartsTitle')}</Heading2>
      <div className="lk-stream-charts" aria-hidden="true">
        {summary.streams.map((stream, s) => (
          <figure key={stream.stream} className="lk-stream-chart">
            <Heading3 className="lk-stream-chart__title">{streamName(stream)}</Heading3>
            <dl className="lk-bars">
              {MEASURES.map((measure, m) => (
                <div key={measure} className="lk-bars__row">
                  <dt className="lk-bars__label">{t(`measures.${measure}`)}</dt>
                  <dd className="lk-bars__value">
                    <span className={`lk-bars__bar lk-bars__bar--${measure}`} style={{ width: `${widths[s * 4 + m]}%` }} />
                    <span className="lk-bars__amount">{formatMoney(stream[measure], i18n.language)}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </figure>
        ))}
      </div>
      <DataTable
        caption={t('summary.tableCaption', { year: summary.year })}
        columns={columns}
        rows={[...summary.streams, summary.total]}
        rowKey={(s) => s.stream ?? 'total'}
      />
    </section>
  );
}
