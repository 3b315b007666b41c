export const exportYearKeys = {
  all: ['catalogue-export-year'] as const,
};
