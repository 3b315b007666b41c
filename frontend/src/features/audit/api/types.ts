import type { components } from '@/api/schema';

export type AuditEvent = components['schemas']['AuditEventRead'];
export type AuditFacets = components['schemas']['AuditFacets'];
