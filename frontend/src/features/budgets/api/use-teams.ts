import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { ALL_OF_YEAR, budgetKeys } from './budget-keys';

export function getTeamsQueryOptions(year: number) {
  return queryOptions({
    queryKey: budgetKeys.teams(year),
    queryFn: () => unwrap(api.GET('/teams', { params: { query: { year, ...ALL_OF_YEAR } } })),
  });
}

export function useTeams(year: number) {
  return useQuery(getTeamsQueryOptions(year));
}
