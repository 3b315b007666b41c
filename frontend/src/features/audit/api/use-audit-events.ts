import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { auditKeys, type AuditListParams } from './audit-keys';

export function getAuditEventsQueryOptions(params: AuditListParams) {
  return queryOptions({
    queryKey: auditKeys.list(params),
    queryFn: () => unwrap(api.GET('/audit-events', { params: { query: compact({ ...params }) } })),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEvents(params: AuditListParams) {
  return useQuery(getAuditEventsQueryOptions(params));
}
