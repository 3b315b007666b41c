export const reviewKeys = {
  all: ['annual-review'] as const,
  proposal: (planId: string, fromYear: number | undefined) => [...reviewKeys.all, planId, fromYear ?? 'default'] as const,
};
