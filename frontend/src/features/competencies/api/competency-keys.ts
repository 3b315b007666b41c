export interface FrameworkListParams {
  q?: string;
  kind?: string;
  page: number;
  pageSize: number;
}

export const competencyKeys = {
  all: ['competencies'] as const,
  frameworkLists: () => [...competencyKeys.all, 'frameworks'] as const,
  frameworkList: (params: FrameworkListParams) => [...competencyKeys.frameworkLists(), params] as const,
  framework: (id: string) => [...competencyKeys.all, 'framework', id] as const,
  competencies: (frameworkId: string) => [...competencyKeys.all, 'of', frameworkId] as const,
};
