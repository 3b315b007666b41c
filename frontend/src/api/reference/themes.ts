import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { resourceKeys } from './keys';
import { OPTIONS_PAGE_SIZE, referenceOptionsQuery, type UseOptionsConfig } from './options';

/** Strategic themes (kept in the plan's tree), as options for the catalogue. */
export const themeKeys = resourceKeys('themes');

export function getThemeOptionsQueryOptions() {
  return referenceOptionsQuery(
    themeKeys.options(),
    () => unwrap(api.GET('/themes', { params: { query: { pageSize: OPTIONS_PAGE_SIZE } } })),
    (theme) => ({ id: theme.id, label: theme.title }),
  );
}

export function useThemeOptions({ enabled = true }: UseOptionsConfig = {}) {
  return useQuery({ ...getThemeOptionsQueryOptions(), enabled });
}
