import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDecimal, formatSigned } from '@/lib/figures';
import type { EffectReport, EffectRow, ReportComparison, ReportRound } from '../api/types';
import { rowsOf } from '../lib/chart-data';
import { NotShown } from './NotShown';

/** Every question with its mean per round (own scale) and its change in the chosen comparison. */
export function QuestionTable({ report, comparison, roundLabel }: {
  report: EffectReport; comparison: ReportComparison | null; roundLabel: (round: ReportRound) => string;
}) {
  const { t, i18n } = useTranslation('reports');
  const vocab = useVocabulary();
  const lang = i18n.language;
  const questions = rowsOf(report, 'question');
  const change = (row: EffectRow) => row.changes.find((c) => comparison && c.fromRoundId === comparison.fromRoundId && c.toRoundId === comparison.toRoundId);
  const columns: Column<EffectRow>[] = [
    { key: 'question', header: t('questions.question'), render: (row) => `${row.position ?? ''}. ${row.label}` },
    ...report.rounds.map((round) => ({
      key: round.id, header: roundLabel(round), numeric: true,
      render: (row: EffectRow) => {
        const figure = row.moments.find((m) => m.roundId === round.id);
        if (!figure) return '';
        if (figure.suppressed) return <NotShown reason={figure.suppressed} minimum={report.minimumGroupSize} />;
        return figure.mean === null ? t('figures.none') : t('figures.meanWithN', { mean: formatDecimal(figure.mean, lang, 2), n: figure.n ?? 0 });
      },
    })),
    ...(comparison ? [{
      key: 'change', header: t('questions.change'), numeric: true,
      render: (row: EffectRow) => {
        const c = change(row);
        if (!c) return '';
        if (c.suppressed) return <NotShown reason={c.suppressed} minimum={report.minimumGroupSize} />;
        if (c.meanDifference === null) return t('figures.none');
        return `${formatSigned(c.meanDifference, lang, 2)}${c.magnitude ? ` (${vocab.label('Magnitude', c.magnitude).toLowerCase()})` : ''}`;
      },
    }] : []),
  ];
  return questions.length ? (
    <div className="lk-stacks">
      <DataTable caption={t('questions.caption')} columns={columns} rows={questions} rowKey={(row) => row.key} />
    </div>
  ) : null;
}
