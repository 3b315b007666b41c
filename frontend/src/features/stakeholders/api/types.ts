import type { components } from '@/api/schema';

type S = components['schemas'];
export type Stakeholder = S['StakeholderRead'];
export type ProgrammeStakeholder = S['ProgrammeStakeholderRead'];
export type StakeholderCreate = S['StakeholderCreate'];
export type StakeholderUpdate = S['StakeholderUpdate'];
export type StakeholderRole = S['StakeholderRole'];
export type Degree = S['Degree'];
export type Quadrant = S['Quadrant'];
export type Engagement = S['EngagementRead'];
export type EngagementCreate = S['EngagementCreate'];
export type EngagementUpdate = S['EngagementUpdate'];
export type EngagementKind = S['EngagementKind'];

export interface StakeholderListParams {
  q?: string;
  role?: string;
  quadrant?: string;
  programmeId?: string;
  page: number;
  pageSize: number;
}

export interface EngagementListParams {
  programmeId?: string;
  stakeholderId?: string;
}
