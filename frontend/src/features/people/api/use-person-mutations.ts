import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, fileBody, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { peopleKeys } from '@/api/reference/people';
import { teamKeys } from './people-keys';
import type { ImportRequest, PersonCreate, PersonUpdate } from './types';

/** Create, change or erase a person, import a file, download the export; each refreshes the lists. */
export function usePersonMutations() {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: peopleKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: teamKeys.all });
  };
  return {
    create: useMutation({
      mutationFn: (body: PersonCreate) => unwrap(api.POST('/people', { body })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: PersonUpdate }) =>
        unwrap(api.PATCH('/people/{person_id}', {
          params: { path: { person_id: id }, header: { 'If-Match': ifMatch(version) } },
          body: changes,
        })),
      onSuccess: (person) => {
        queryClient.setQueryData(peopleKeys.detail(person.id), person);
        refresh();
      },
    }),
    erase: useMutation({
      mutationFn: ({ id, employeeNumber }: { id: string; employeeNumber: string }) =>
        unwrap(api.POST('/people/{person_id}/erase', { params: { path: { person_id: id } }, body: { employeeNumber } })),
      onSuccess: (_data, { id }) => {
        queryClient.removeQueries({ queryKey: peopleKeys.detail(id) });
        refresh();
      },
    }),
  };
}

export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, onlyValid, markMissingAsLeft }: ImportRequest) =>
      unwrap(api.POST('/people/import', { params: { query: { dryRun, onlyValid, markMissingAsLeft } }, ...fileBody(file) })),
    onSuccess: (result) => {
      if (!result.dryRun) {
        void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
        void queryClient.invalidateQueries({ queryKey: teamKeys.all });
      }
    },
  });
}
