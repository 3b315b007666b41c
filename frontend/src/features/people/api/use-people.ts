import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { peopleKeys } from '@/api/reference/people';
import { teamKeys } from './people-keys';
import type { PeopleListParams } from './types';

export function getPeopleQueryOptions(params: PeopleListParams) {
  return queryOptions({
    queryKey: peopleKeys.list(params),
    queryFn: () => unwrap(api.GET('/people', { params: { query: compact({ ...params }) } })),
    placeholderData: keepPreviousData,
  });
}

export function usePeople(params: PeopleListParams) {
  return useQuery(getPeopleQueryOptions(params));
}

export function useTeams() {
  return useQuery({ queryKey: teamKeys.all, queryFn: () => unwrap(api.GET('/people/teams')) });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: peopleKeys.detail(id),
    queryFn: () => unwrap(api.GET('/people/{person_id}', { params: { path: { person_id: id } } })),
  });
}
