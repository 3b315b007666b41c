import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { QUESTIONS_PAGE_SIZE, questionKeys } from './questionnaire-keys';

export function getQuestionsQueryOptions(instrumentId: string) {
  return queryOptions({
    queryKey: questionKeys.of(instrumentId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/instruments/{instrument_id}/questions', {
            params: { path: { instrument_id: instrumentId }, query: { pageSize: QUESTIONS_PAGE_SIZE } },
          }),
        )
      ).items,
  });
}

export function useQuestions(instrumentId: string) {
  return useQuery(getQuestionsQueryOptions(instrumentId));
}
