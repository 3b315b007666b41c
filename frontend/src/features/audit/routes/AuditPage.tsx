import { Code } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { type Column } from '@/components/DataTable';
import { PageHeader } from '@/components/PageHeader';
import { PagedTable } from '@/components/PagedTable';
import { isApiProblem } from '@/lib/api-problem';
import { formatDateTime } from '@/lib/format';
import { DEFAULT_PAGE_SIZE, useListParams } from '@/lib/list-params';
import type { AuditEvent } from '../api/types';
import { useAuditEvents } from '../api/use-audit-events';
import { useAuditFacets } from '../api/use-audit-facets';
import { AuditChanges } from '../components/AuditChanges';
import { AuditFilters } from '../components/AuditFilters';
import { actionLabel, entityTypeLabel } from '../labels';

const FILTERS = ['actie', 'soort', 'door', 'id'] as const;

export function AuditPage() {
  const { t, i18n } = useTranslation('audit');
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const events = useAuditEvents({
    action: filters.actie,
    entityType: filters.soort,
    entityId: filters.id,
    actorId: filters.door,
    page,
    pageSize: DEFAULT_PAGE_SIZE,
  });
  const facets = useAuditFacets();
  const filtered = Boolean(filters.actie || filters.soort || filters.door || filters.id);

  const columns: Column<AuditEvent>[] = [
    { key: 'when', header: t('columns.occurredAt'), render: (e) => formatDateTime(e.occurredAt, i18n.language) },
    { key: 'who', header: t('columns.actor'), render: (e) => e.actor?.name ?? e.actorLabel },
    { key: 'action', header: t('columns.action'), render: (e) => actionLabel(t, e.action) },
    {
      key: 'entity',
      header: t('columns.entity'),
      render: (e) => (
        <>
          {entityTypeLabel(t, e.entityType)}
          {e.entityName ? (
            <>
              <br />
              <strong>{e.entityName}</strong>
            </>
          ) : e.entityId ? (
            <>
              <br />
              <Code>{e.entityId}</Code>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'changes',
      header: t('columns.changes'),
      render: (e) => (
        <AuditChanges entityType={e.entityType} changes={(e.changes as Record<string, unknown> | null) ?? null} />
      ),
    },
    { key: 'requestId', header: t('columns.requestId'), render: (e) => <Code>{e.requestId}</Code> },
  ];

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <AuditFilters
        key={`${filters.actie}|${filters.soort}|${filters.door}|${filters.id}`}
        value={{ action: filters.actie, entityType: filters.soort, actorId: filters.door, entityId: filters.id }}
        facets={facets.data}
        onChange={(v) => setFilters({ actie: v.action, soort: v.entityType, door: v.actorId, id: v.entityId })}
        errors={isApiProblem(events.error) ? events.error.fieldErrors() : undefined}
      />
      <PagedTable
        query={events}
        emptyMessage={filtered ? t('noMatches') : t('empty')}
        caption={t('caption')}
        columns={columns}
        rowKey={(e) => e.id}
        rowHeader={false}
        onPageChange={setPage}
      />
    </>
  );
}
