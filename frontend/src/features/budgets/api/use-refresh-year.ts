import { useQueryClient } from '@tanstack/react-query';
import { budgetKeys } from './budget-keys';

/** Every change on the year page can move the summary, so the whole year (and expenditures) is refetched, and
 * the years with data (a first budget or line gives a year data). */
export function useRefreshYear(year: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: budgetKeys.year(year) }),
      queryClient.invalidateQueries({ queryKey: budgetKeys.expenditureLists() }),
      queryClient.invalidateQueries({ queryKey: budgetKeys.years() }),
    ]);
}
