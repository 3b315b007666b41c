import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppButtonLink } from '@/components/AppLink';
import { CheckboxField, SelectField, TextField } from '@/components/FormField';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { NewItemSection } from '@/components/NewItemSection';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import { PEOPLE_PAGE_SIZE } from '../api/people-keys';
import { usePeople, useTeams } from '../api/use-people';
import { usePersonMutations } from '../api/use-person-mutations';
import { PeopleTable } from '../components/PeopleTable';
import { EMPTY_PERSON, PersonForm, toCreate } from '../components/PersonForm';

const FILTERS = ['zoek', 'team', 'uitDienst'] as const;

/** `/medewerkers`: the organisation's people with search, team filter and those who left on request. */
export function PeoplePage() {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const navigate = useNavigate();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const includeLeft = filters.uitDienst === 'ja';
  const people = usePeople({ search: filters.zoek || undefined, team: filters.team || undefined,
    includeLeft: includeLeft || undefined, page, pageSize: PEOPLE_PAGE_SIZE });
  const teams = useTeams();
  const filtered = Boolean(filters.zoek || filters.team || includeLeft);
  const { create } = usePersonMutations();

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')} actions={canWrite(me.role) ? (
        <ButtonGroup>
          <AppButtonLink to="/medewerkers/importeren" appearance="secondary-action-button">
            {t('list.import')}
          </AppButtonLink>
        </ButtonGroup>
      ) : undefined} />
      {notice ? <Notice>{notice}</Notice> : null}
      <form
        className="lk-filters"
        role="search"
        aria-label={t('list.filters')}
        key={`${filters.zoek}|${filters.team}|${filters.uitDienst}`}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          setFilters({ zoek: String(data.get('search') ?? '').trim(), team: String(data.get('team') ?? ''),
            uitDienst: data.get('includeLeft') ? 'ja' : '' });
        }}
      >
        <TextField label={t('list.search')} name="search" type="search" defaultValue={filters.zoek}
          description={t('list.searchHelp')} />
        <SelectField label={t('fields.team')} name="team" defaultValue={filters.team}
          options={[{ value: '', label: t('list.anyTeam') },
            ...(teams.data ?? []).map((team) => ({ value: team, label: team }))]} />
        <CheckboxField label={t('list.includeLeft')} name="includeLeft" defaultChecked={includeLeft} />
        <div className="lk-form-actions">
          <Button type="submit" appearance="secondary-action-button">{tc('actions.filter')}</Button>
        </div>
      </form>
      {people.isPending ? <LoadingState /> : people.isError ? (
        <ProblemAlert error={people.error} />
      ) : people.data.items.length === 0 ? (
        <EmptyState message={filtered ? t('list.noMatches') : t('list.empty')} />
      ) : (
        <section className="lk-section" aria-labelledby="people-table">
          <Heading2 id="people-table">{t('list.tableTitle', { count: people.data.total })}</Heading2>
          <PeopleTable caption={t('list.caption')} rows={people.data.items} />
          <Pagination page={people.data.page} pageSize={people.data.pageSize} total={people.data.total}
            onPageChange={setPage} />
        </section>
      )}
      {canWrite(me.role) ? (
        <NewItemSection id="person-new" title={t('new.title')} openLabel={t('new.open')} onClose={create.reset}>
          {(close) => (
            <PersonForm
              initial={EMPTY_PERSON}
              submitLabel={t('new.submit')}
              busy={create.isPending}
              error={create.error}
              onCancel={close}
              onSubmit={(values) => create.mutate(toCreate(values), {
                onSuccess: (person) =>
                  void navigate(`/medewerkers/${person.id}`, { state: { notice: t('new.done', { name: person.name }) } }),
              })}
            />
          )}
        </NewItemSection>
      ) : null}
    </>
  );
}
