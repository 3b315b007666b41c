import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import type { Save, TeamCreate, TeamUpdate } from './types';
import { useRefreshYear } from './use-refresh-year';

export function useSaveTeam(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: Save<TeamCreate, TeamUpdate>) =>
      'create' in input
        ? unwrap(api.POST('/teams', { body: input.create }))
        : unwrap(
            api.PATCH('/teams/{team_id}', {
              params: { path: { team_id: input.id }, header: { 'If-Match': ifMatch(input.version) } },
              body: input.changes,
            }),
          ),
    onSuccess: refresh,
  });
}

export function useDeleteTeam(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/teams/{team_id}', { params: { path: { team_id: id } } })),
    onSuccess: refresh,
  });
}
