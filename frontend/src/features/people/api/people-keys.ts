/** The teams the people list filters on (people's own keys are the reference resource's: `api/reference/people`). */
export const teamKeys = { all: ['people-teams'] as const };

export const PEOPLE_PAGE_SIZE = 50;
