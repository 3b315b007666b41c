import { resourceKeys } from '@/api/reference/keys';

/** Instruments (vragenlijsten): the list and one instrument. */
export const instrumentKeys = resourceKeys('instruments');

/** An instrument's questions, all of them in their order. */
export const questionKeys = {
  all: ['instrument-questions'] as const,
  of: (instrumentId: string) => [...questionKeys.all, instrumentId] as const,
};

/** The built-in templates, per language. */
export const templateKeys = {
  all: ['instrument-templates'] as const,
  list: (language: string) => [...templateKeys.all, language] as const,
};

/** The builder shows every question at once: the API's largest page. */
export const QUESTIONS_PAGE_SIZE = 200;
