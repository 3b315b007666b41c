import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatShare } from '@/lib/figures';
import { formatDate } from '@/lib/format';
import type { EffectReport, ReportRound } from '../api/types';
import { responseRates } from '../lib/chart-data';
import { ChartPair } from './ChartPair';

/** (d) The response rate per round: bars of the percentage, and the table with invited and completed. */
export function ResponseRateChart({ report, roundLabel }: { report: EffectReport; roundLabel: (round: ReportRound) => string }) {
  const { t, i18n } = useTranslation('reports');
  const vocab = useVocabulary();
  const lang = i18n.language;
  const rates = responseRates(report, roundLabel);
  const byId = new Map(report.rounds.map((round) => [round.id, round]));
  return (
    <ChartPair
      testId="response"
      chart={
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={rates} accessibilityLayer={false} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="var(--utrecht-color-grey-80)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
            <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} width={44} />
            <Bar dataKey="percent" fill="var(--utrecht-color-blue-35)" isAnimationActive={false} barSize={36}>
              <LabelList dataKey="rate" position="top" className="lk-report-bar-label"
                formatter={(v: unknown) => formatShare(typeof v === 'number' ? v : null, lang)} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable caption={t('rounds.caption')} rows={rates} rowKey={(r) => r.id} columns={[
          { key: 'round', header: t('rounds.round'), render: (r) => r.label },
          { key: 'title', header: t('rounds.titleColumn'), render: (r) => byId.get(r.id)?.title ?? '' },
          { key: 'anonymity', header: t('rounds.anonymity'), render: (r) => {
            const round = byId.get(r.id);
            return round ? vocab.label('AnonymityMode', round.anonymity) : '';
          } },
          { key: 'period', header: t('rounds.period'), render: (r) => {
            const round = byId.get(r.id);
            return round ? t('rounds.periodValue', { from: formatDate(round.opensAt, lang), to: formatDate(round.closesAt, lang) }) : '';
          } },
          { key: 'invited', header: t('rounds.invited'), numeric: true, render: (r) => String(r.invited) },
          { key: 'completed', header: t('rounds.completed'), numeric: true, render: (r) => String(r.completed) },
          { key: 'rate', header: t('rounds.rate'), numeric: true, render: (r) => (r.rate === null ? t('rounds.noInvitations') : formatShare(r.rate, lang)) },
        ]} />
      }
    />
  );
}
