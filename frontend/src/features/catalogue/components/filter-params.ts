import type { InterventionListParams } from '@/api/reference/interventions';
import { SORTS } from '../api/types';

/** The catalogue's filters as they appear in the URL (Dutch keys, so a shared link reads well). */
export const FILTER_KEYS = [
  'q',
  'ontwikkeling',
  'plandoel',
  'status',
  'categorie',
  'budgetstroom',
  'leervorm',
  'kolbfase',
  'leerniveau',
  'leermix',
  'doelgroep',
  'competentie',
  'thema',
  'leerdoel',
  'verplicht',
  'jaar',
  'evaluatie',
  'sorteer',
] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string>;

function yesNo(value: string): boolean | undefined {
  return value === 'ja' ? true : value === 'nee' ? false : undefined;
}

/** URL filters → the list's query parameters (unknown or empty values are left out). */
export function toQuery(f: FilterValues, page: number, pageSize: number): InterventionListParams {
  const year = Number(f.jaar);
  const sort = (SORTS as readonly string[]).includes(f.sorteer) ? f.sorteer : undefined;
  const query: Record<string, unknown> = {
    q: f.q || undefined,
    status: f.status || undefined,
    category: f.categorie || undefined,
    fundingStream: f.budgetstroom || undefined,
    learningForm: f.leervorm || undefined,
    kolbPhase: f.kolbfase || undefined,
    learningLevel: f.leerniveau || undefined,
    learningMix: f.leermix || undefined,
    audience: f.doelgroep || undefined,
    competencyId: f.competentie || undefined,
    themeId: f.thema || undefined,
    learningGoalId: f.leerdoel || undefined,
    developmentId: f.ontwikkeling || undefined,
    goalId: f.plandoel || undefined,
    mandatory: yesNo(f.verplicht),
    year: f.jaar && Number.isInteger(year) ? year : undefined,
    needsEvaluation: yesNo(f.evaluatie),
    sort,
    page,
    pageSize,
  };
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as InterventionListParams;
}

/** The export's query: the list's filters without paging and sorting, for a year's programme. */
export function toExportQuery(f: FilterValues): Record<string, string> {
  const query = toQuery(f, 1, 1) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (!['page', 'pageSize', 'sort', 'year'].includes(key) && value !== undefined) out[key] = String(value);
  }
  return out;
}

/** Whether any filter (not the sort order) is set. */
export function isFiltered(f: FilterValues): boolean {
  return FILTER_KEYS.some((key) => key !== 'sorteer' && f[key] !== '');
}
