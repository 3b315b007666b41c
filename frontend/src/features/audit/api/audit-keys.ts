export interface AuditListParams {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  page: number;
  pageSize: number;
}

export const auditKeys = {
  all: ['audit-events'] as const,
  list: (params: AuditListParams) => [...auditKeys.all, 'list', params] as const,
  facets: () => [...auditKeys.all, 'facets'] as const,
};
