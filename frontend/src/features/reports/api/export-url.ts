import { API_BASE_URL } from '@/lib/api-client';
import type { EffectFilters, ReportFormat } from './types';

function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return `${API_BASE_URL}${path}?${params.toString()}`;
}

/** The download address of a cohort's effect report, with the page's filters (a plain GET with the cookie). */
export function effectExportUrl(cohortId: string, filters: EffectFilters, format: ReportFormat): string {
  return withQuery(`/cohorts/${cohortId}/effect-report/export`, { ...filters, format });
}

/** The download address of an intervention's evaluations in a year. */
export function evaluationExportUrl(interventionId: string, year: number | null, format: ReportFormat): string {
  return withQuery(`/interventions/${interventionId}/evaluation-report/export`, { year, format });
}

/** The download address of a year's comparison of evaluations. */
export function yearEvaluationsExportUrl(year: number | null, format: ReportFormat): string {
  return withQuery('/evaluation-overview/export', { year, format });
}
