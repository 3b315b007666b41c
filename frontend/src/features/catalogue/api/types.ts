import type { components } from '@/api/schema';

export type Intervention = components['schemas']['InterventionRead'];
export type InterventionCreate = components['schemas']['InterventionCreate'];
export type InterventionUpdate = components['schemas']['InterventionUpdate'];
export type ImportResult = components['schemas']['ImportResult'];
export type ImportRow = components['schemas']['ImportRow'];
export type InterventionStatus = components['schemas']['InterventionStatus'];
export type Category = components['schemas']['Category'];
export type FundingStream = components['schemas']['FundingStream'];
export type LearningForm = components['schemas']['LearningForm'];
export type LearningMix = components['schemas']['LearningMix'];
export type LearningLevel = components['schemas']['LearningLevel'];
export type KolbPhase = components['schemas']['KolbPhase'];
export type Audience = components['schemas']['Audience'];

export const SORTS = ['title', '-title', 'category', 'status', 'totalCost', '-totalCost', '-createdAt'] as const;
