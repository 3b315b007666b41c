import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDateLong, intlLocale } from '@/lib/format';
import { useSchedule } from '../api/use-cohorts';
import { groupBy, monthLabel, monthOf, monthsBetween } from '../lib/cohorts';
import type { ScheduledSession } from '../api/types';

function time(s: ScheduledSession): string {
  return s.startsAt && s.endsAt ? `${s.startsAt}–${s.endsAt}` : '';
}

/** The cohort's sessions as a timeline of phases, and as a month calendar (one month's table at a time, moved
 * with buttons, so it reads well with a keyboard and a screen reader). */
export function SessionsView({ cohortId }: { cohortId: string }) {
  const { t, i18n } = useTranslation('cohorts');
  const vocab = useVocabulary();
  const schedule = useSchedule(cohortId);
  const [month, setMonth] = useState<string | null>(null);
  const sessions = schedule.data?.items ?? [];
  const phases = groupBy(sessions, (s) => s.phaseId ?? '-', (s) => s.phaseTitle ?? t('timeline.noPhase'));
  const months = sessions.length ? monthsBetween(monthOf(sessions[0]!.day), monthOf(sessions[sessions.length - 1]!.day)) : [];
  const shown = month && months.includes(month) ? month : months[0];
  const index = shown ? months.indexOf(shown) : -1;
  const ofMonth = sessions.filter((s) => shown && monthOf(s.day) === shown);
  const locale = intlLocale(i18n.language);

  return (
    <>
      <section className="lk-section" aria-labelledby="cohort-timeline">
        <Heading2 id="cohort-timeline">{t('timeline.title')}</Heading2>
        {schedule.isPending ? <LoadingState /> : schedule.isError ? <ProblemAlert error={schedule.error} /> :
          sessions.length === 0 ? <EmptyState message={t('timeline.empty')} /> : (
            <ol className="lk-cohort-timeline">
              {phases.map((phase) => (
                <li key={phase.key}>
                  <Heading3>{phase.label}</Heading3>
                  <Paragraph className="lk-muted">
                    {t('timeline.span', { count: phase.items.length, first: formatDateLong(phase.items[0]!.day, i18n.language),
                      last: formatDateLong(phase.items[phase.items.length - 1]!.day, i18n.language) })}
                  </Paragraph>
                  <ul>
                    {phase.items.map((s) => (
                      <li key={s.id} className={s.status === 'cancelled' ? 'lk-cohort-cancelled' : undefined}>
                        <time dateTime={s.day}>{formatDateLong(s.day, i18n.language)}</time> — {s.title}
                        {s.learningLineLabel ? <span className="lk-muted"> ({s.learningLineLabel})</span> : null}
                        {s.status !== 'planned' ? ` · ${vocab.label('SessionStatus', s.status)}` : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
      </section>
      {shown ? (
        <section className="lk-section" aria-labelledby="cohort-calendar">
          <Heading2 id="cohort-calendar">{t('calendar.title')}</Heading2>
          <ButtonGroup className="lk-cohort-months">
            <Button appearance="secondary-action-button" disabled={index <= 0}
              onClick={() => setMonth(months[index - 1] ?? null)}>{t('calendar.previous')}</Button>
            <Paragraph aria-live="polite" className="lk-cohort-month"><strong>{monthLabel(shown, locale)}</strong></Paragraph>
            <Button appearance="secondary-action-button" disabled={index >= months.length - 1}
              onClick={() => setMonth(months[index + 1] ?? null)}>{t('calendar.next')}</Button>
          </ButtonGroup>
          {ofMonth.length === 0 ? <Paragraph>{t('calendar.emptyMonth')}</Paragraph> : (
            <DataTable caption={t('calendar.caption', { month: monthLabel(shown, locale) })} rows={ofMonth}
              rowKey={(s) => s.id} columns={[
                { key: 'day', header: t('calendar.day'), render: (s) => formatDateLong(s.day, i18n.language) },
                { key: 'time', header: t('calendar.time'), render: time },
                { key: 'title', header: t('calendar.session'), render: (s) => s.title },
                { key: 'line', header: t('calendar.line'), render: (s) => s.learningLineLabel ?? '' },
                { key: 'where', header: t('calendar.location'), render: (s) => s.location },
                { key: 'status', header: t('calendar.status'), render: (s) => vocab.label('SessionStatus', s.status) },
                { key: 'attendees', header: t('calendar.attendees'), numeric: true, render: (s) => s.attendeeCount },
              ]} />
          )}
        </section>
      ) : null}
    </>
  );
}
