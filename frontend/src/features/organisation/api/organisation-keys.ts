export const organisationKeys = {
  all: ['organisation'] as const,
};
