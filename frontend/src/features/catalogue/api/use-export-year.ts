import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';

/** The year the exports offer first: the API's year rule (`GET /budget-years`: the most recent year with a
 * programme or a budget within the adopted plan), not today's year. */
export function useExportYear(): number | undefined {
  const years = useQuery({ queryKey: ['catalogue', 'budget-years'], queryFn: () => unwrap(api.GET('/budget-years')) });
  return years.data?.defaultYear;
}
