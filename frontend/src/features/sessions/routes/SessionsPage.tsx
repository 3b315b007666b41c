import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useInterventionOptions } from '@/api/reference/interventions';
import { EmptyState } from '@/components/EmptyState';
import { SelectField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { NewItemSection } from '@/components/NewItemSection';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { SessionStatus } from '../api/types';
import { useSessionMutations } from '../api/use-session-mutations';
import { useSessionMonths, useSessions } from '../api/use-sessions';
import { chooseMonth, currentMonth, formatMonth, monthRange, stepMonth } from '../components/months';
import { SessionForm, toCreate } from '../components/SessionForm';
import { SessionsNav } from '../components/SessionsNav';
import { SessionTable, sessionName } from '../components/SessionTable';

const FILTERS = ['maand', 'interventie', 'status'] as const;

/** `/bijeenkomsten`: the execution programme's sessions (and the cohorts'), one month at a time. */
export function SessionsPage() {
  const { t, i18n } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const vocab = useVocabulary();
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const navigate = useNavigate();
  const { filters, setFilters } = useListParams(FILTERS);
  const status = (filters.status || undefined) as SessionStatus | undefined;
  const interventionId = filters.interventie || undefined;
  const interventions = useInterventionOptions();
  const months = useSessionMonths({ interventionId, status });
  const withSessions = (months.data?.months ?? []).map((m) => m.month);
  const today = currentMonth();
  const choice = chooseMonth(withSessions, today, filters.maand);
  const range = monthRange(choice.month);
  const sessions = useSessions({ ...range, interventionId, status }, { enabled: months.isSuccess });
  const { create } = useSessionMutations();
  const previous = stepMonth(withSessions, choice.month, -1);
  const next = stepMonth(withSessions, choice.month, 1);
  const monthOptions = [...new Set([...withSessions, choice.month])].sort().map((month) => {
    const count = months.data?.months.find((m) => m.month === month)?.sessionCount ?? 0;
    return { value: month, label: t('month.option', { month: formatMonth(month, i18n.language), count }) };
  });
  const shown = formatMonth(choice.month, i18n.language);

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      <SessionsNav />
      {notice ? <Notice>{notice}</Notice> : null}
      <form className="lk-filters" role="search" aria-label={t('list.filters')}
        key={`${filters.interventie}|${filters.status}`}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          setFilters({ interventie: String(data.get('intervention') ?? ''), status: String(data.get('status') ?? ''),
            maand: '' });
        }}>
        <SelectField label={t('fields.intervention')} name="intervention" defaultValue={filters.interventie}
          options={[{ value: '', label: t('list.anyIntervention') },
            ...(interventions.data ?? []).map((o) => ({ value: o.id, label: o.label }))]} />
        <SelectField label={t('fields.status')} name="status" defaultValue={filters.status}
          options={[{ value: '', label: t('list.anyStatus') }, ...vocab.options('SessionStatus')]} />
        <div className="lk-form-actions">
          <Button type="submit" appearance="secondary-action-button">{tc('actions.filter')}</Button>
        </div>
      </form>

      <section className="lk-section" aria-labelledby="sessions-month">
        <Heading2 id="sessions-month">{t('month.title', { month: shown })}</Heading2>
        {months.isPending ? <LoadingState /> : months.isError ? <ProblemAlert error={months.error} /> : (
          <>
            <div className="lk-month-picker">
              <Button appearance="secondary-action-button" disabled={!previous}
                onClick={() => previous && setFilters({ maand: previous })}>
                {t('month.previous')}
              </Button>
              <SelectField label={t('month.label')} name="month" value={choice.month}
                onChange={(e) => setFilters({ maand: e.target.value })} options={monthOptions} />
              <Button appearance="secondary-action-button" disabled={!next}
                onClick={() => next && setFilters({ maand: next })}>
                {t('month.next')}
              </Button>
            </div>
            <Paragraph className="lk-month-choice" role="status">
              {choice.reason === 'nearest' ? t('month.nearest', { today: formatMonth(today, i18n.language), month: shown })
                : choice.reason === 'current' ? t('month.current', { month: shown })
                  : choice.reason === 'empty' ? t('month.empty') : ''}
            </Paragraph>
            {sessions.isPending ? <LoadingState /> : sessions.isError ? <ProblemAlert error={sessions.error} /> :
              sessions.data.items.length === 0 ? <EmptyState message={t('list.noneInMonth', { month: shown })} /> : (
                <SessionTable caption={t('list.caption', { month: shown, count: sessions.data.total })}
                  sessions={sessions.data.items} />
              )}
          </>
        )}
      </section>

      {canWrite(me.role) ? (
        <NewItemSection id="session-new" title={t('new.title')} openLabel={t('new.open')} onClose={create.reset}>
          {(close) => (
            <SessionForm
              submitLabel={t('new.submit')}
              busy={create.isPending}
              error={create.error}
              onCancel={close}
              onSubmit={(values) =>
                create.mutate(toCreate(values), {
                  onSuccess: (session) => void navigate(`/bijeenkomsten/${session.id}`, {
                    state: { notice: t('new.done', { name: sessionName(session) }) },
                  }),
                })}
            />
          )}
        </NewItemSection>
      ) : null}
    </>
  );
}
