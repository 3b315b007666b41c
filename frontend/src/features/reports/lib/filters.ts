import { ENUM_VALUES } from '@/api/enums';
import type { Dimension, EffectFilters, MeasurementLevel } from '../api/types';

/** The effect report's filters in the URL, with Dutch keys so a shared link reads well:
 * `?niveau=participant&dimensie=behaviour&competentie=<id>`. */
export const FILTER_PARAMS = { level: 'niveau', dimension: 'dimensie', competencyId: 'competentie' } as const;

/** Which comparison the change chart shows: the later round's id (`?vergelijking=<id>`). */
export const COMPARISON_PARAM = 'vergelijking';

/** The evaluation pages' year (`?jaar=2014`). */
export const YEAR_PARAM = 'jaar';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<V extends string>(values: readonly V[], value: string | null): V | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as V) : undefined;
}

/** The URL's filters as the API takes them; an unknown value is left out (the report shows every row). */
export function filtersFromParams(params: URLSearchParams): EffectFilters {
  const filters: EffectFilters = {};
  const level = oneOf<MeasurementLevel>(ENUM_VALUES.MeasurementLevel, params.get(FILTER_PARAMS.level));
  const dimension = oneOf<Dimension>(ENUM_VALUES.Dimension, params.get(FILTER_PARAMS.dimension));
  const competency = params.get(FILTER_PARAMS.competencyId);
  if (level) filters.level = level;
  if (dimension) filters.dimension = dimension;
  if (competency && UUID.test(competency)) filters.competencyId = competency.toLowerCase();
  return filters;
}

/** The URL with these filters, keeping its other parameters (the chosen comparison); empty filters are dropped. */
export function paramsWithFilters(params: URLSearchParams, filters: EffectFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [field, key] of Object.entries(FILTER_PARAMS) as [keyof EffectFilters, string][]) {
    const value = filters[field];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** How many filters are set. */
export function activeFilterCount(filters: EffectFilters): number {
  return Object.values(filters).filter(Boolean).length;
}

/** The URL's year, when it is a plausible one (the API takes 1900-2200); else null (the API picks). */
export function yearFromParams(params: URLSearchParams): number | null {
  const raw = params.get(YEAR_PARAM);
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= 1900 && year <= 2200 ? year : null;
}
