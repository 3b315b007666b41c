import type { components } from '@/api/schema';

type S = components['schemas'];
export type Programme = S['ProgrammeRead'];
export type ProgrammeCreate = S['ProgrammeCreate'];
export type ProgrammeUpdate = S['ProgrammeUpdate'];
export type ProgrammeStatus = S['ProgrammeStatus'];
export type ProgrammeStepRead = S['StepRead'];
export type StepUpdate = S['StepUpdate'];
export type DesignStep = S['DesignStep'];
export type Insight = S['InsightRead'];
export type InsightCreate = S['InsightCreate'];
export type InsightUpdate = S['InsightUpdate'];
export type PhaseCreate = S['PhaseCreate'];
export type PhaseUpdate = S['PhaseUpdate'];
export type LearningLine = S['LearningLineRead'];
export type LearningLineUpdate = S['LearningLineUpdate'];
export type PlacementCreate = S['PlacementCreate'];
export type PlacementUpdate = S['PlacementUpdate'];
export type ProgrammeFramework = S['Framework'];
export type FrameworkPhase = S['FrameworkPhase'];
export type FrameworkPlacement = S['FrameworkPlacement'];
export type KolbBalance = S['KolbBalance'];
export type Mix = S['Mix'];

export interface ProgrammeListParams {
  q?: string;
  status?: string;
  page: number;
  pageSize: number;
}
