import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateLong } from '@/lib/format';
import { formatNumber } from '@/lib/money';
import type { SessionHours } from '../api/types';
import { usePersonLearningTime } from '../api/use-person-learning-time';
import { HoursBar } from './HoursBar';
import { YearSteps } from './YearSteps';
import './calendars.css';

/** A person's learning time in a year (the API's default year first): attended, planned and unrecorded hours
 * against the norm for one FTE, and each session with how it counts. Lent to the person's page. */
export function PersonLearningTimePanel({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation('calendars');
  const id = useId();
  const [year, setYear] = useState<number | undefined>(undefined);
  const time = usePersonLearningTime(personId, year);
  const n = (value: string | null | undefined) => formatNumber(value, i18n.language);
  const hours = (value: string) => t('hours.unit', { hours: n(value) });
  if (time.isPending) return <LoadingState />;
  if (time.isError) return <ProblemAlert error={time.error} />;
  const d = time.data;
  return (
    <section className="lk-section" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{t('person.title', { year: d.year })}</Heading2>
      <YearSteps year={d.year} onPick={setYear} />
      <DataList>
        <DataListItem>
          <DataListKey>{t('hours.attended')}</DataListKey>
          <DataListValue value={d.attendedHours}>{hours(d.attendedHours)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('hours.planned')}</DataListKey>
          <DataListValue value={d.plannedHours}>{hours(d.plannedHours)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('hours.unrecorded')}</DataListKey>
          <DataListValue value={d.unrecordedHours}>{hours(d.unrecordedHours)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('hours.norm')}</DataListKey>
          <DataListValue value={d.normHours ?? ''}>
            {d.normHours ? t('hours.normPerFte', { hours: n(d.normHours), days: n(String(Number(d.normHours) / 8)), perDay: 8 })
              : t('hours.noNorm')}
          </DataListValue>
        </DataListItem>
      </DataList>
      {d.normHours ? (
        <HoursBar attended={d.attendedHours} planned={d.plannedHours} scale={d.normHours}
          label={`${t('hours.attended')} ${hours(d.attendedHours)}, ${t('hours.planned')} ${hours(d.plannedHours)}, ${t('hours.norm')} ${hours(d.normHours)}`} />
      ) : null}
      {d.sessions.length ? (
        <DataTable<SessionHours>
          caption={t('person.sessions', { year: d.year })}
          rows={d.sessions}
          rowKey={(s) => s.sessionId}
          rowHeader={false}
          columns={[
            { key: 'day', header: t('person.day'), render: (s) => formatDateLong(s.day, i18n.language) },
            { key: 'title', header: t('person.session'), render: (s) => s.title },
            { key: 'hours', header: t('person.hours'), numeric: true, render: (s) => n(s.hours) },
            { key: 'counted', header: t('person.countedAs'), render: (s) => t(`person.counted.${s.countedAs}`, { defaultValue: s.countedAs }) },
          ]}
        />
      ) : <Paragraph>{t('person.noSessions', { year: d.year })}</Paragraph>}
      <Paragraph className="lk-muted">{t('hours.howItCounts')}</Paragraph>
    </section>
  );
}
