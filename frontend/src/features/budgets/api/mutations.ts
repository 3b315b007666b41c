import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { budgetKeys } from './budget-keys';
import type {
  BudgetCreate,
  BudgetLineCreate,
  BudgetLineUpdate,
  BudgetUpdate,
  ExpenditureCreate,
  ExpenditureUpdate,
  TeamCreate,
} from './types';

/** Every change on the year page can move the summary, so the whole year (and expenditures) is refetched. */
function useRefreshYear(year: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: budgetKeys.year(year) }),
      queryClient.invalidateQueries({ queryKey: [...budgetKeys.all, 'expenditures'] }),
    ]);
}

export function useSaveBudget(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: { id?: string; version?: number; create?: BudgetCreate; changes?: BudgetUpdate }) =>
      input.id
        ? unwrap(
            api.PATCH('/budgets/{budget_id}', {
              params: { path: { budget_id: input.id }, header: { 'If-Match': ifMatch(input.version ?? 0) } },
              body: input.changes ?? {},
            }),
          )
        : unwrap(api.POST('/budgets', { body: input.create! })),
    onSuccess: refresh,
  });
}

export function useSaveLine(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: { id?: string; version?: number; create?: BudgetLineCreate; changes?: BudgetLineUpdate }) =>
      input.id
        ? unwrap(
            api.PATCH('/budget-lines/{line_id}', {
              params: { path: { line_id: input.id }, header: { 'If-Match': ifMatch(input.version ?? 0) } },
              body: input.changes ?? {},
            }),
          )
        : unwrap(api.POST('/budget-lines', { body: input.create! })),
    onSuccess: refresh,
  });
}

export function useDeleteLine(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/budget-lines/{line_id}', { params: { path: { line_id: id } } })),
    onSuccess: refresh,
  });
}

export function useSaveExpenditure(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: { id?: string; version?: number; create?: ExpenditureCreate; changes?: ExpenditureUpdate }) =>
      input.id
        ? unwrap(
            api.PATCH('/expenditures/{expenditure_id}', {
              params: {
                path: { expenditure_id: input.id },
                header: { 'If-Match': ifMatch(input.version ?? 0) },
              },
              body: input.changes ?? {},
            }),
          )
        : unwrap(api.POST('/expenditures', { body: input.create! })),
    onSuccess: refresh,
  });
}

export function useDeleteExpenditure(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/expenditures/{expenditure_id}', { params: { path: { expenditure_id: id } } })),
    onSuccess: refresh,
  });
}

export function useSaveTeam(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: { id?: string; version?: number; body: TeamCreate }) =>
      input.id
        ? unwrap(
            api.PATCH('/teams/{team_id}', {
              params: { path: { team_id: input.id }, header: { 'If-Match': ifMatch(input.version ?? 0) } },
              body: { name: input.body.name, fte: input.body.fte },
            }),
          )
        : unwrap(api.POST('/teams', { body: input.body })),
    onSuccess: refresh,
  });
}

export function useDeleteTeam(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/teams/{team_id}', { params: { path: { team_id: id } } })),
    onSuccess: refresh,
  });
}

export function useSavePayroll(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: { id?: string; version?: number; amount: string }) =>
      input.id
        ? unwrap(
            api.PATCH('/payrolls/{payroll_id}', {
              params: { path: { payroll_id: input.id }, header: { 'If-Match': ifMatch(input.version ?? 0) } },
              body: { amount: input.amount },
            }),
          )
        : unwrap(api.POST('/payrolls', { body: { year, amount: input.amount, notes: '' } })),
    onSuccess: refresh,
  });
}
