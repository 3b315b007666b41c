import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { LARGE_PAGE, trainerKeys } from './session-keys';

export function getTrainersQueryOptions() {
  return queryOptions({
    queryKey: trainerKeys.list({ pageSize: LARGE_PAGE }),
    queryFn: () => unwrap(api.GET('/trainers', { params: { query: { pageSize: LARGE_PAGE } } })),
  });
}

/** The organisation's trainers, by name (the picker and the trainers page). */
export function useTrainers({ enabled = true } = {}) {
  return useQuery({ ...getTrainersQueryOptions(), enabled });
}

export function useTrainer(id: string) {
  return useQuery({
    queryKey: trainerKeys.detail(id),
    queryFn: () => unwrap(api.GET('/trainers/{trainer_id}', { params: { path: { trainer_id: id } } })),
  });
}
