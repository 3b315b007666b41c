import type { components } from '@/api/schema';

type S = components['schemas'];
export type Cohort = S['CohortRead'];
export type CohortCreate = S['CohortCreate'];
export type CohortUpdate = S['CohortUpdate'];
export type CohortStatus = S['CohortStatus'];
export type Enrolment = S['EnrolmentRead'];
export type EnrolmentRole = S['EnrolmentRole'];
export type CohortPerson = S['CohortPerson'];
export type BuddyPairing = S['BuddyPairing'];
export type BuddyPair = S['BuddyPairRead'];
export type ScheduleAnswer = S['ScheduleAnswer'];
export type ProposedItem = S['ProposedItem'];
export type ScheduleItem = S['ScheduleItem'];
export type ScheduledSession = S['ScheduledSessionRead'];
export type Move = S['Move'];


export interface CohortListParams {
  q?: string;
  status?: string;
  programmeId?: string;
  personId?: string;
  page: number;
  pageSize: number;
}
