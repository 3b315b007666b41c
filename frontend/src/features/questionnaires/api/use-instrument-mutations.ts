import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { instrumentKeys } from './questionnaire-keys';
import type { Instrument, InstrumentCreate, InstrumentUpdate } from './types';

/** Create, change, delete, publish and version instruments; each refreshes the lists and sets the one it got. */
export function useInstrumentMutations() {
  const queryClient = useQueryClient();
  const settle = (instrument: Instrument) => {
    queryClient.setQueryData(instrumentKeys.detail(instrument.id), instrument);
    void queryClient.invalidateQueries({ queryKey: instrumentKeys.lists() });
  };
  const path = (id: string) => ({ path: { instrument_id: id } });
  return {
    create: useMutation({
      mutationFn: (body: InstrumentCreate) => unwrap(api.POST('/instruments', { body })),
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: InstrumentUpdate }) =>
        unwrap(
          api.PATCH('/instruments/{instrument_id}', {
            params: { ...path(id), header: { 'If-Match': ifMatch(version) } },
            body: changes,
          }),
        ),
      onSuccess: settle,
    }),
    remove: useMutation({
      mutationFn: (id: string) => unwrap(api.DELETE('/instruments/{instrument_id}', { params: path(id) })),
      onSuccess: (_data, id) => {
        queryClient.removeQueries({ queryKey: instrumentKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: instrumentKeys.lists() });
      },
    }),
    publish: useMutation({
      mutationFn: (id: string) => unwrap(api.POST('/instruments/{instrument_id}/publish', { params: path(id) })),
      onSuccess: settle,
    }),
    newVersion: useMutation({
      mutationFn: (id: string) => unwrap(api.POST('/instruments/{instrument_id}/versions', { params: path(id) })),
      onSuccess: settle,
    }),
  };
}
