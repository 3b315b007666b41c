import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { catalogueKeys } from './catalogue-keys';

export interface LinkOption {
  id: string;
  label: string;
}

const MAX = 200;

/** What an intervention can link to, for pickers and filters: the organisation's learning goals,
 * strategic themes and competencies (the first 200 of each). */
export function learningGoalOptions() {
  return queryOptions({
    queryKey: catalogueKeys.options('learningGoals'),
    queryFn: async (): Promise<LinkOption[]> => {
      const page = await unwrap(api.GET('/learning-goals', { params: { query: { pageSize: MAX } } }));
      return page.items.map((item) => ({ id: item.id, label: item.title }));
    },
    staleTime: 60_000,
  });
}

export function themeOptions() {
  return queryOptions({
    queryKey: catalogueKeys.options('themes'),
    queryFn: async (): Promise<LinkOption[]> => {
      const page = await unwrap(api.GET('/themes', { params: { query: { pageSize: MAX } } }));
      return page.items.map((item) => ({ id: item.id, label: item.title }));
    },
    staleTime: 60_000,
  });
}

export function competencyOptions() {
  return queryOptions({
    queryKey: catalogueKeys.options('competencies'),
    queryFn: async (): Promise<LinkOption[]> => {
      const page = await unwrap(api.GET('/competencies', { params: { query: { pageSize: MAX } } }));
      return page.items.map((item) => ({ id: item.id, label: item.name }));
    },
    staleTime: 60_000,
  });
}

export function useLinkOptions() {
  const learningGoals = useQuery(learningGoalOptions());
  const themes = useQuery(themeOptions());
  const competencies = useQuery(competencyOptions());
  return {
    learningGoals: learningGoals.data ?? [],
    themes: themes.data ?? [],
    competencies: competencies.data ?? [],
    isPending: learningGoals.isPending || themes.isPending || competencies.isPending,
    error: learningGoals.error ?? themes.error ?? competencies.error,
  };
}
