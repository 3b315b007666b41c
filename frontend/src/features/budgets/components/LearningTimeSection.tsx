import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatNumber } from '@/lib/money';
import type { BudgetSummary } from '../api/types';

type StreamRow = BudgetSummary['learningDays']['byStream'][number];

/** The planned learning time of the year's execution programme (hours per participant × expected participants)
 * against the norm (learning days per FTE × the teams' FTE). */
export function LearningTimeSection({ summary }: { summary: BudgetSummary }) {
  const { t, i18n } = useTranslation('budgets');
  const vocab = useVocabulary();
  const d = summary.learningDays;
  const lang = i18n.language;
  const n = (value: string | null | undefined) => formatNumber(value, lang);
  return (
    <section className="lk-section" id="leertijd" aria-labelledby="budget-learning-time-title">
      <Heading2 id="budget-learning-time-title" tabIndex={-1}>{t('learningTime.title')}</Heading2>
      <DataList>
        <DataListItem>
          <DataListKey>{t('learningTime.planned')}</DataListKey>
          <DataListValue value={d.plannedHours}>
            {t('learningTime.plannedValue', { hours: n(d.plannedHours), days: n(d.plannedDays), perDay: n(d.hoursPerDay), count: d.programmeSize })}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('learningTime.norm')}</DataListKey>
          <DataListValue value={d.availableDays ?? ''}>
            {d.availableDays ? t('learningTime.normValue', { days: n(d.availableDays), norm: n(d.normPerFte), fte: n(d.totalFte) }) : t('payroll.noNorm')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('learningTime.share')}</DataListKey>
          <DataListValue value={d.plannedPercentOfNorm ?? ''}>
            {d.plannedPercentOfNorm
              ? t('learningTime.shareValue', { percent: n(d.plannedPercentOfNorm), perFte: n(d.plannedDaysPerFte), norm: n(d.normPerFte) })
              : t('learningTime.noShare')}
          </DataListValue>
        </DataListItem>
      </DataList>
      <DataTable<StreamRow>
        caption={t('learningTime.byStream')}
        rows={d.byStream}
        rowKey={(r) => r.stream}
        columns={[
          { key: 'stream', header: t('learningTime.stream'), render: (r) => vocab.label('FundingStream', r.stream) },
          { key: 'hours', header: t('learningTime.hours'), numeric: true, render: (r) => n(r.hours) },
        ]}
      />
      {d.withoutHours.length ? (
        <Paragraph className="lk-muted">{t('learningTime.withoutHours', { count: d.withoutHours.length, titles: d.withoutHours.join(', ') })}</Paragraph>
      ) : null}
    </section>
  );
}
