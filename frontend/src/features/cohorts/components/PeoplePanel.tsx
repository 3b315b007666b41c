import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { SelectField, TextField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { useCohortWork } from '../api/use-cohort-mutations';
import { usePeopleSearch } from '@/api/reference/people';
import { useEnrolments } from '../api/use-cohorts';
import type { EnrolmentRole } from '../api/types';

/** The cohort's people in their roles; people are added by searching the organisation's people. */
export function PeoplePanel({ cohortId, canEdit }: { cohortId: string; canEdit: boolean }) {
  const { t } = useTranslation('cohorts');
  const vocab = useVocabulary();
  const enrolments = useEnrolments(cohortId);
  const work = useCohortWork(cohortId);
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<EnrolmentRole>('participant');
  const [chosen, setChosen] = useState<string[]>([]);
  const hits = usePeopleSearch(query);
  const enrolled = new Set(enrolments.data?.items.map((e) => e.person.id) ?? []);
  const candidates = (hits.data?.items ?? []).filter((p) => !enrolled.has(p.id));

  return (
    <section className="lk-section" aria-labelledby="cohort-people">
      <Heading2 id="cohort-people">{t('people.title')}</Heading2>
      {enrolments.isPending ? <LoadingState /> : enrolments.isError ? <ProblemAlert error={enrolments.error} /> :
        enrolments.data.items.length === 0 ? <EmptyState message={t('people.empty')} /> : (
          <DataTable caption={t('people.caption', { count: enrolments.data.total })} rows={enrolments.data.items}
            rowKey={(e) => e.id} columns={[
              { key: 'name', header: t('people.name'), render: (e) => e.person.name },
              { key: 'team', header: t('people.team'), render: (e) => e.person.team },
              { key: 'role', header: t('people.role'), render: (e) => canEdit ? (
                <select className="utrecht-select utrecht-select--html-select lk-cohort-role" value={e.role}
                  aria-label={t('people.roleOf', { name: e.person.name })}
                  onChange={(event) => work.changeRole.mutate({ id: e.id, version: e.version,
                    role: event.target.value as EnrolmentRole })}>
                  {vocab.options('EnrolmentRole').map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              ) : vocab.label('EnrolmentRole', e.role) },
              ...(canEdit ? [{ key: 'remove', header: t('people.actions'), render: (e: typeof enrolments.data.items[0]) => (
                <Button appearance="subtle-button" onClick={() => work.unenrol.mutate(e.id)}
                  aria-label={t('people.removeOf', { name: e.person.name })}>{t('people.remove')}</Button>
              ) }] : []),
            ]} />
        )}
      {work.changeRole.error || work.unenrol.error ? (
        <ProblemAlert error={work.changeRole.error ?? work.unenrol.error} headingLevel={3} />
      ) : null}
      {canEdit ? (
        <div className="lk-cohort-add">
          <Heading3>{t('people.addTitle')}</Heading3>
          <form className="lk-filters" role="search" aria-label={t('people.searchLabel')}
            onSubmit={(event) => { event.preventDefault(); setQuery(search); }}>
            <TextField label={t('people.search')} name="people-search" type="search" value={search}
              description={t('people.searchHint')} onChange={(event) => setSearch(event.target.value)} />
            <div className="lk-form-actions">
              <Button type="submit" appearance="secondary-action-button">{t('people.find')}</Button>
            </div>
          </form>
          {query.trim().length < 2 ? null : hits.isPending ? <LoadingState /> : hits.isError ? (
            <ProblemAlert error={hits.error} headingLevel={3} />
          ) : candidates.length === 0 ? <Paragraph>{t('people.noHits')}</Paragraph> : (
            <form className="lk-form" onSubmit={(event) => {
              event.preventDefault();
              work.enrol.mutate({ personIds: chosen, role }, { onSuccess: () => setChosen([]) });
            }}>
              <fieldset className="lk-cohort-hits">
                <legend>{t('people.hits', { count: candidates.length })}</legend>
                {candidates.map((p) => (
                  <label key={p.id} className="lk-cohort-hit">
                    <input type="checkbox" checked={chosen.includes(p.id)} onChange={(event) =>
                      setChosen(event.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))} />
                    {' '}{p.name}{p.team ? ` (${p.team})` : ''}
                  </label>
                ))}
              </fieldset>
              <SelectField label={t('people.roleToAdd')} name="role" value={role}
                onChange={(event) => setRole(event.target.value as EnrolmentRole)}
                options={vocab.options('EnrolmentRole')} />
              {work.enrol.error ? <ProblemAlert error={work.enrol.error} headingLevel={3} /> : null}
              <div className="lk-form-actions">
                <Button type="submit" appearance="primary-action-button" disabled={chosen.length === 0 || work.enrol.isPending}>
                  {t('people.add', { count: chosen.length })}
                </Button>
              </div>
            </form>
          )}
        </div>
      ) : null}
    </section>
  );
}
