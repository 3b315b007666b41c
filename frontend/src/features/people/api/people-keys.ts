import { resourceKeys } from '@/api/reference/keys';

/** People: the organisation's list, one person, and the teams the list filters on. */
export const peopleKeys = resourceKeys('people');

export const teamKeys = { all: ['people-teams'] as const };

export const PEOPLE_PAGE_SIZE = 50;
