import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { instrumentKeys } from './questionnaire-keys';
import type { InstrumentListParams, InstrumentPurpose, InstrumentStatus } from './types';

export function getInstrumentsQueryOptions(params: InstrumentListParams) {
  return queryOptions({
    queryKey: instrumentKeys.list(params),
    queryFn: () =>
      unwrap(
        api.GET('/instruments', {
          params: {
            query: compact({
              ...params,
              status: (params.status || undefined) as InstrumentStatus | undefined,
              purpose: (params.purpose || undefined) as InstrumentPurpose | undefined,
            }),
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useInstruments(params: InstrumentListParams) {
  return useQuery(getInstrumentsQueryOptions(params));
}
