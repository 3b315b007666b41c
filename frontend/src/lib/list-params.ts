import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const DEFAULT_PAGE_SIZE = 25;

/**
 * List state (page and filters) kept in the URL, so reload, back and shared links keep it.
 * Changing a filter returns to page 1.
 */
export function useListParams<F extends string>(filterNames: readonly F[]) {
  const [params, setParams] = useSearchParams();
  const rawPage = Number(params.get('pagina') ?? '1');
  const page = Number.isInteger(rawPage) && rawPage > 0 ? rawPage : 1;
  const filters = Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? ''])) as Record<F, string>;

  const setPage = useCallback(
    (next: number) => {
      setParams((current) => {
        const copy = new URLSearchParams(current);
        if (next <= 1) copy.delete('pagina');
        else copy.set('pagina', String(next));
        return copy;
      });
    },
    [setParams],
  );

  const setFilters = useCallback(
    (next: Partial<Record<F, string>>) => {
      setParams((current) => {
        const copy = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next) as [F, string | undefined][]) {
          if (value) copy.set(key, value);
          else copy.delete(key);
        }
        copy.delete('pagina');
        return copy;
      });
    },
    [setParams],
  );

  return { page, filters, setPage, setFilters };
}

/** Omits empty strings so they are not sent as query parameters. */
export function compact<T extends Record<string, unknown>>(query: T): Partial<T> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '' && v !== undefined && v !== null)) as Partial<T>;
}
