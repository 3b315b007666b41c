import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { budgetKeys } from './budget-keys';

// A year holds a handful of budgets and teams and rarely more than a few dozen lines: one page of 200.
const ALL = { pageSize: 200 };

export function budgetSummaryQuery(year: number) {
  return queryOptions({
    queryKey: budgetKeys.summary(year),
    queryFn: () => unwrap(api.GET('/budget-summary', { params: { query: { year } } })),
  });
}

export const useBudgetSummary = (year: number) => useQuery(budgetSummaryQuery(year));

export const useBudgets = (year: number) =>
  useQuery({
    queryKey: budgetKeys.budgets(year),
    queryFn: () => unwrap(api.GET('/budgets', { params: { query: { year, ...ALL } } })),
  });

export const useBudgetLines = (year: number) =>
  useQuery({
    queryKey: budgetKeys.lines(year),
    queryFn: () =>
      unwrap(api.GET('/budget-lines', { params: { query: { year, sort: 'stream,title', ...ALL } } })),
  });

export const useExpenditures = (lineId: string, enabled: boolean) =>
  useQuery({
    queryKey: budgetKeys.expenditures(lineId),
    queryFn: () => unwrap(api.GET('/expenditures', { params: { query: { budgetLineId: lineId, ...ALL } } })),
    enabled,
  });

export const useTeams = (year: number) =>
  useQuery({
    queryKey: budgetKeys.teams(year),
    queryFn: () => unwrap(api.GET('/teams', { params: { query: { year, ...ALL } } })),
  });

export const usePayroll = (year: number) =>
  useQuery({
    queryKey: budgetKeys.payroll(year),
    queryFn: () => unwrap(api.GET('/payrolls', { params: { query: { year } } })),
  });

/** The catalogue's interventions, to pick one for a line (title order, first 200). */
export const useInterventionOptions = (enabled: boolean) =>
  useQuery({
    queryKey: budgetKeys.interventions,
    queryFn: () => unwrap(api.GET('/interventions', { params: { query: { pageSize: 200, sort: 'title' } } })),
    enabled,
  });
