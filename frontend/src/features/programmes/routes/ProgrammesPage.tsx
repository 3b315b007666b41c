import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppButtonLink, AppLink } from '@/components/AppLink';
import type { Column } from '@/components/DataTable';
import { SelectField, TextField } from '@/components/FormField';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { PagedTable } from '@/components/PagedTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { DEFAULT_PAGE_SIZE, useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { Programme } from '../api/types';
import { useProgrammes } from '../api/use-programmes';
import '../components/programmes.css';

const FILTERS = ['q', 'status'] as const;

/** The organisation's development programmes: a table on a wide screen, cards on a phone. */
export function ProgrammesPage() {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const programmes = useProgrammes({ q: filters.q, status: filters.status, page, pageSize: DEFAULT_PAGE_SIZE });
  const [q, setQ] = useState(filters.q);
  const [status, setStatus] = useState(filters.status);
  const duration = (p: Programme) => (p.durationMonths ? t('list.months', { count: p.durationMonths }) : '');

  const columns: Column<Programme>[] = [
    { key: 'title', header: t('list.columns.title'), render: (p) => <AppLink to={`/programmas/${p.id}`}>{p.title}</AppLink> },
    { key: 'status', header: t('list.columns.status'), render: (p) => vocab.label('ProgrammeStatus', p.status) },
    { key: 'duration', header: t('list.columns.duration'), render: duration },
    { key: 'storyline', header: t('list.columns.storyline'), render: (p) => p.storylineTitle },
  ];
  const submit = (event: FormEvent<HTMLFormElement>) => { event.preventDefault(); setFilters({ q: q.trim(), status }); };

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')}
        actions={canWrite(me.role) ? <AppButtonLink to="/programmas/nieuw" appearance="primary-action-button">{t('list.new')}</AppButtonLink> : null} />
      {notice ? <Notice>{notice}</Notice> : null}
      <div className="lk-filters">
        <form role="search" aria-label={t('list.search')} onSubmit={submit} className="lk-filters__form">
          <TextField label={t('list.q')} name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          <SelectField label={t('list.status')} name="status" value={status} onChange={(e) => setStatus(e.target.value)}
            options={[{ value: '', label: t('list.allStatuses') }, ...vocab.options('ProgrammeStatus')]} />
          <Button type="submit" appearance="secondary-action-button">{t('list.filter')}</Button>
        </form>
      </div>
      <div className="lk-wide-only">
        <PagedTable query={programmes} caption={t('list.caption')} columns={columns} rowKey={(p) => p.id} onPageChange={setPage}
          emptyMessage={filters.q || filters.status ? t('list.noMatches') : t('list.empty')} />
      </div>
      {programmes.data?.items.length ? (
        <ul className="lk-programme-cards lk-narrow-only" aria-label={t('list.caption')}>
          {programmes.data.items.map((p) => (
            <li key={p.id} className="lk-programme-card">
              <Heading2 className="lk-programme-card__title"><AppLink to={`/programmas/${p.id}`}>{p.title}</AppLink></Heading2>
              <Paragraph>{[vocab.label('ProgrammeStatus', p.status), duration(p)].filter(Boolean).join(' · ')}</Paragraph>
              {p.storylineTitle ? <Paragraph className="lk-muted">{t('workspace.storyline', { title: p.storylineTitle })}</Paragraph> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
