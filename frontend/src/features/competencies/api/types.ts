import type { components } from '@/api/schema';

type S = components['schemas'];
export type Framework = S['FrameworkRead'];
export type FrameworkCreate = S['FrameworkCreate'];
export type FrameworkUpdate = S['FrameworkUpdate'];
export type FrameworkKind = Framework['kind'];
export type Competency = S['CompetencyRead'];
export type CompetencyCreate = S['CompetencyCreate'];
export type CompetencyUpdate = S['CompetencyUpdate'];


export interface FrameworkListParams {
  q?: string;
  kind?: string;
  page: number;
  pageSize: number;
}
