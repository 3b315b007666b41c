export interface PlanListParams {
  q?: string;
  status?: string;
  page: number;
  pageSize: number;
}

export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (params: PlanListParams) => [...planKeys.lists(), params] as const,
  detail: (id: string) => [...planKeys.all, 'detail', id] as const,
  traceability: (id: string) => [...planKeys.all, 'traceability', id] as const,
};
