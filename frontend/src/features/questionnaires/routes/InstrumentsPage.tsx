import { Button, Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { SelectField } from '@/components/FormField';
import { Notice, useFlashNotice } from '@/components/Notice';
import { NewItemSection } from '@/components/NewItemSection';
import { PageHeader } from '@/components/PageHeader';
import { PagedTable } from '@/components/PagedTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { DEFAULT_PAGE_SIZE, useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useInstruments } from '../api/use-instruments';
import type { Instrument } from '../api/types';
import { InstrumentStatusBadge } from '../components/InstrumentStatusBadge';
import { NewInstrumentForm } from '../components/NewInstrumentForm';

const FILTERS = ['status', 'doel'] as const;

/** `/vragenlijsten`: the organisation's questionnaires, every version, and a new one from a template or empty. */
export function InstrumentsPage() {
  const { t } = useTranslation('questionnaires');
  const { t: tc } = useTranslation();
  const vocab = useVocabulary();
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const navigate = useNavigate();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const instruments = useInstruments({ status: filters.status, purpose: filters.doel, page, pageSize: DEFAULT_PAGE_SIZE });
  const filtered = Boolean(filters.status || filters.doel);

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      {notice ? <Notice>{notice}</Notice> : null}
      {canWrite(me.role) ? (
        <NewItemSection id="instrument-new" title={t('new.title')} openLabel={t('new.open')} intro={t('new.intro')}>
          {(close) => (
            <NewInstrumentForm
              onCancel={close}
              onCreated={(instrument) =>
                void navigate(`/vragenlijsten/${instrument.id}`, { state: { notice: t('new.done', { title: instrument.title }) } })
              }
            />
          )}
        </NewItemSection>
      ) : null}
      <section className="lk-section" aria-labelledby="instrument-list">
        <Heading2 id="instrument-list">{t('list.tableTitle')}</Heading2>
        <form
          className="lk-filters"
          role="search"
          aria-label={t('list.filters')}
          key={`${filters.status}|${filters.doel}`}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            setFilters({ status: String(data.get('status') ?? ''), doel: String(data.get('purpose') ?? '') });
          }}
        >
          <SelectField label={t('fields.status')} name="status" defaultValue={filters.status}
            options={[{ value: '', label: t('list.anyStatus') }, ...vocab.options('InstrumentStatus')]} />
          <SelectField label={t('fields.purpose')} name="purpose" defaultValue={filters.doel}
            options={[{ value: '', label: t('list.anyPurpose') }, ...vocab.options('InstrumentPurpose')]} />
          <div className="lk-form-actions">
            <Button type="submit" appearance="secondary-action-button">{tc('actions.filter')}</Button>
          </div>
        </form>
        <PagedTable<Instrument>
          query={instruments}
          caption={t('list.caption')}
          emptyMessage={filtered ? t('list.noMatches') : t('list.empty')}
          onPageChange={setPage}
          rowKey={(row) => row.id}
          columns={[
            { key: 'title', header: t('fields.title'), render: (row) => <AppLink to={`/vragenlijsten/${row.id}`}>{row.title}</AppLink> },
            { key: 'purpose', header: t('fields.purpose'), render: (row) => vocab.label('InstrumentPurpose', row.purpose) },
            { key: 'version', header: t('fields.version'), render: (row) => t('version', { number: row.versionNumber }), numeric: true },
            { key: 'status', header: t('fields.status'), render: (row) => <InstrumentStatusBadge status={row.status} /> },
            { key: 'questions', header: t('fields.questionCount'), render: (row) => row.questionCount, numeric: true },
            { key: 'language', header: t('fields.language'), render: (row) => vocab.label('QuestionnaireLanguage', row.language) },
          ]}
        />
      </section>
    </>
  );
}
