import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { instrumentKeys } from './questionnaire-keys';

export function getInstrumentQueryOptions(id: string) {
  return queryOptions({
    queryKey: instrumentKeys.detail(id),
    queryFn: () => unwrap(api.GET('/instruments/{instrument_id}', { params: { path: { instrument_id: id } } })),
  });
}

export function useInstrument(id: string) {
  return useQuery(getInstrumentQueryOptions(id));
}
