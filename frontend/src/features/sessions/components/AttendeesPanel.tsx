import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { TextField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import './sessions.css';
import { usePeopleSearch } from '@/api/reference/people';
import { useAttendeeMutations } from '../api/use-session-mutations';
import type { Attendee, Session } from '../api/types';

/** Who is coming: the attendees with their attendance, removing one, and adding people found by search. */
export function AttendeesPanel({ session, attendees, canEdit }: {
  session: Session;
  attendees: Attendee[];
  canEdit: boolean;
}) {
  const { t } = useTranslation('sessions');
  const vocab = useVocabulary();
  const { add, remove } = useAttendeeMutations(session.id);
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [message, setMessage] = useState('');
  const found = usePeopleSearch(submitted);
  const attending = new Set(attendees.map((a) => a.personId));
  const left = session.capacity == null ? null : Math.max(0, session.capacity - session.attendeeCount);

  return (
    <>
      <Paragraph>
        {left == null ? t('attendees.count', { count: session.attendeeCount })
          : t('attendees.countOf', { count: session.attendeeCount, capacity: session.capacity, left })}
      </Paragraph>
      {attendees.length === 0 ? <EmptyState message={t('attendees.empty')} /> : (
        <div className="lk-session-list lk-stacks">
        <DataTable
          caption={t('attendees.caption')}
          rows={attendees}
          rowKey={(a) => a.personId}
          columns={[
            { key: 'name', header: t('attendees.name'), render: (a) => a.name },
            { key: 'team', header: t('attendees.team'), render: (a) => a.team || '—' },
            { key: 'attendance', header: t('fields.attendance'),
              render: (a) => (a.attendance ? vocab.label('Attendance', a.attendance) : t('attendees.notTaken')) },
            ...(canEdit ? [{ key: 'remove', header: t('attendees.actions'), render: (a: Attendee) => (
              <Button appearance="subtle-button" disabled={remove.isPending}
                onClick={() => remove.mutate(a.personId, { onSuccess: () => setMessage(t('attendees.removed', { name: a.name })) })}>
                {t('attendees.remove')}<span className="visually-hidden"> {a.name}</span>
              </Button>
            ) }] : []),
          ]}
        />
        </div>
      )}
      {remove.isError ? <ProblemAlert error={remove.error} /> : null}
      {canEdit ? (
        <div className="lk-attendee-search">
          <form role="search" aria-label={t('attendees.searchLabel')} className="lk-filters"
            onSubmit={(e) => { e.preventDefault(); setSubmitted(search.trim()); }}>
            <TextField label={t('attendees.search')} name="search" type="search" value={search}
              description={t('attendees.searchHelp')} onChange={(e) => setSearch(e.target.value)} />
            <div className="lk-form-actions">
              <Button type="submit" appearance="secondary-action-button">{t('attendees.find')}</Button>
            </div>
          </form>
          {submitted.length < 2 ? null : found.isPending ? <LoadingState /> : found.isError ? (
            <ProblemAlert error={found.error} />
          ) : found.data.items.length === 0 ? <EmptyState message={t('attendees.noneFound')} /> : (
            <ul className="lk-people-results" aria-label={t('attendees.results')}>
              {found.data.items.map((person) => (
                <li key={person.id}>
                  <span>{person.name} <span className="lk-muted">({person.team || person.employeeNumber})</span></span>
                  {attending.has(person.id) ? <span className="lk-muted">{t('attendees.already')}</span> : (
                    <Button appearance="secondary-action-button" disabled={add.isPending}
                      onClick={() => add.mutate([person.id], {
                        onSuccess: () => setMessage(t('attendees.added', { name: person.name })),
                      })}>
                      {t('attendees.add')}<span className="visually-hidden"> {person.name}</span>
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {add.isError ? <ProblemAlert error={add.error} /> : null}
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="lk-status-line">{message}</p>
    </>
  );
}
