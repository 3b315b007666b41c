import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatNumber } from '@/lib/money';
import type { ParticipantLearningTime } from '../api/types';
import { useCohortLearningTime } from '../api/use-cohort-learning-time';
import './calendars.css';

/** Per participant of a cohort the hours of the cohort's sessions: attended, planned, unrecorded. Lent to the
 * cohort's page. */
export function CohortLearningTimePanel({ cohortId }: { cohortId: string }) {
  const { t, i18n } = useTranslation('calendars');
  const id = useId();
  const time = useCohortLearningTime(cohortId);
  const n = (value: string) => formatNumber(value, i18n.language);
  if (time.isPending) return <LoadingState />;
  if (time.isError) return <ProblemAlert error={time.error} />;
  const d = time.data;
  return (
    <section className="lk-section" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{t('cohort.title')}</Heading2>
      {d.participants.length ? (
        <>
          <DataTable<ParticipantLearningTime>
            caption={t('cohort.caption')}
            rows={d.participants}
            rowKey={(p) => p.personId}
            columns={[
              { key: 'name', header: t('cohort.name'), render: (p) => p.name },
              { key: 'team', header: t('cohort.team'), render: (p) => p.team },
              { key: 'attended', header: t('hours.attended'), numeric: true, render: (p) => n(p.attendedHours) },
              { key: 'planned', header: t('hours.planned'), numeric: true, render: (p) => n(p.plannedHours) },
              { key: 'unrecorded', header: t('hours.unrecorded'), numeric: true, render: (p) => n(p.unrecordedHours) },
            ]}
          />
          <Paragraph>{t('cohort.total', { attended: n(d.attendedHours), planned: n(d.plannedHours) })}</Paragraph>
        </>
      ) : <Paragraph>{t('cohort.none')}</Paragraph>}
      <Paragraph className="lk-muted">{t('hours.howItCounts')}</Paragraph>
    </section>
  );
}
