import { resourceKeys } from '@/api/reference/keys';

/** Cohorts: the list, one cohort, and under it its enrolments, buddy pairs and schedule. */
export const cohortKeys = {
  ...resourceKeys('cohorts'),
  enrolments: (id: string) => ['cohorts', 'detail', id, 'enrolments'] as const,
  buddyPairs: (id: string) => ['cohorts', 'detail', id, 'buddy-pairs'] as const,
  schedule: (id: string) => ['cohorts', 'detail', id, 'schedule'] as const,
  buddyProposal: (id: string) => ['cohorts', 'proposal', id, 'buddy-pairs'] as const,
  scheduleProposal: (id: string) => ['cohorts', 'proposal', id, 'schedule'] as const,
};

/** The programmes a cohort can run (the picker); read here, not from other features. */
export const programmeOptionKeys = ['cohorts', 'programme-options'] as const;

/** A cohort's people, pairs and sessions fit the API's largest page. */
export const FULL_PAGE = 200;
