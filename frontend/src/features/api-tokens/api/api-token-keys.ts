export const apiTokenKeys = {
  all: ['api-tokens'] as const,
  lists: () => [...apiTokenKeys.all, 'list'] as const,
  list: (params: { page: number; pageSize: number }) => [...apiTokenKeys.lists(), params] as const,
};
