import { resourceKeys } from '@/api/reference/keys';

/** Stakeholders: the organisation's list and grid, one stakeholder, and the options engagements pick from. */
export const stakeholderKeys = resourceKeys('stakeholders');

/** Engagements, listed per programme or per stakeholder. */
export const engagementKeys = resourceKeys('engagements');

/** A programme's linked stakeholders (with their engagement counts for it). */
export const programmeStakeholderKeys = {
  all: ['programme-stakeholders'] as const,
  programme: (programmeId: string) => [...programmeStakeholderKeys.all, programmeId] as const,
};

/** The grid shows every stakeholder of a page: the API's largest page. */
export const GRID_PAGE_SIZE = 200;
