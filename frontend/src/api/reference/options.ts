import { queryOptions } from '@tanstack/react-query';

/** One choice in a picker or filter: a resource's id and its name. */
export interface ReferenceOption {
  id: string;
  label: string;
}

/** The API's largest page: a picker offers the first 200. */
export const OPTIONS_PAGE_SIZE = 200;

/** The query of a resource's options; every change to the resource invalidates it, so it may be a minute old. */
export function referenceOptionsQuery<T>(
  queryKey: readonly unknown[],
  fetchPage: () => Promise<{ items: T[] }>,
  toOption: (item: T) => ReferenceOption,
) {
  return queryOptions({
    queryKey,
    queryFn: async (): Promise<ReferenceOption[]> => (await fetchPage()).items.map(toOption),
    staleTime: 60_000,
  });
}

/** Options are often needed only once a form shows its picker. */
export interface UseOptionsConfig {
  enabled?: boolean;
}
