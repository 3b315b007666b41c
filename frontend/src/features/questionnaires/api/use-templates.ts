import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { templateKeys } from './questionnaire-keys';
import type { QuestionnaireLanguage } from './types';

export function getTemplatesQueryOptions(language: QuestionnaireLanguage) {
  return queryOptions({
    queryKey: templateKeys.list(language),
    queryFn: async () => (await unwrap(api.GET('/instrument-templates', { params: { query: { language } } }))).items,
    staleTime: Infinity, // built in: they change with a release only
  });
}

export function useTemplates(language: QuestionnaireLanguage) {
  return useQuery(getTemplatesQueryOptions(language));
}
