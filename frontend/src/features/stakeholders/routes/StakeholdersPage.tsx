import { Button, Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SelectField, TextField } from '@/components/FormField';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { NewItemSection } from '@/components/NewItemSection';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import { GRID_PAGE_SIZE } from '../api/stakeholder-keys';
import { useStakeholderMutations } from '../api/use-stakeholder-mutations';
import { useStakeholders } from '../api/use-stakeholders';
import { StakeholderForm } from '../components/StakeholderForm';
import { StakeholderGrid } from '../components/StakeholderGrid';
import { StakeholderTable } from '../components/StakeholderTable';

const FILTERS = ['q', 'rol', 'kwadrant'] as const;

/** `/belanghebbenden`: the organisation's stakeholders as the influence x affected grid with the table beside it. */
export function StakeholdersPage() {
  const { t } = useTranslation('stakeholders');
  const { t: tc } = useTranslation();
  const vocab = useVocabulary();
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const navigate = useNavigate();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const stakeholders = useStakeholders({ q: filters.q, role: filters.rol, quadrant: filters.kwadrant, page,
    pageSize: GRID_PAGE_SIZE });
  const filtered = Boolean(filters.q || filters.rol || filters.kwadrant);
  const { create } = useStakeholderMutations();

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      {notice ? <Notice>{notice}</Notice> : null}
      <form
        className="lk-filters"
        role="search"
        aria-label={t('list.filters')}
        key={`${filters.q}|${filters.rol}|${filters.kwadrant}`}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          setFilters({ q: String(data.get('q') ?? '').trim(), rol: String(data.get('role') ?? ''),
            kwadrant: String(data.get('quadrant') ?? '') });
        }}
      >
        <TextField label={t('list.search')} name="q" type="search" defaultValue={filters.q} />
        <SelectField label={t('fields.role')} name="role" defaultValue={filters.rol}
          options={[{ value: '', label: t('list.anyRole') }, ...vocab.options('StakeholderRole')]} />
        <SelectField label={t('fields.quadrant')} name="quadrant" defaultValue={filters.kwadrant}
          options={[{ value: '', label: t('list.anyQuadrant') }, ...vocab.options('Quadrant')]} />
        <div className="lk-form-actions">
          <Button type="submit" appearance="secondary-action-button">{tc('actions.filter')}</Button>
        </div>
      </form>
      {stakeholders.isPending ? <LoadingState /> : stakeholders.isError ? (
        <ProblemAlert error={stakeholders.error} />
      ) : stakeholders.data.items.length === 0 ? (
        <EmptyState message={filtered ? t('list.noMatches') : t('list.empty')} />
      ) : (
        <div className="lk-stakeholders-layout">
          <section className="lk-section" aria-labelledby="stakeholders-grid">
            <Heading2 id="stakeholders-grid">{t('list.gridTitle')}</Heading2>
            <StakeholderGrid stakeholders={stakeholders.data.items} headingLevel={3} label={t('grid.label')} />
          </section>
          <section className="lk-section" aria-labelledby="stakeholders-table">
            <Heading2 id="stakeholders-table">{t('list.tableTitle')}</Heading2>
            <StakeholderTable caption={t('list.caption')} rows={stakeholders.data.items} />
            <Pagination page={stakeholders.data.page} pageSize={stakeholders.data.pageSize}
              total={stakeholders.data.total} onPageChange={setPage} />
          </section>
        </div>
      )}
      {canWrite(me.role) ? (
        <NewItemSection id="stakeholder-new" title={t('new.title')} openLabel={t('new.open')} onClose={create.reset}>
          {(close) => (
            <StakeholderForm
              submitLabel={t('new.submit')}
              busy={create.isPending}
              error={create.error}
              onCancel={close}
              onSubmit={(values) =>
                create.mutate(values, {
                  onSuccess: (stakeholder) =>
                    void navigate(`/belanghebbenden/${stakeholder.id}`, {
                      state: { notice: t('new.done', { name: stakeholder.name }) },
                    }),
                })
              }
            />
          )}
        </NewItemSection>
      ) : null}
    </>
  );
}
