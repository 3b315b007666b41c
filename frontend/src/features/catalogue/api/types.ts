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

export const STATUSES: InterventionStatus[] = ['new', 'existing', 'partly_existing'];
export const CATEGORIES: Category[] = [
  'strategic_development',
  'strategic_theme',
  'basic_skill',
  'management_development',
  'functional',
];
export const FUNDING_STREAMS: FundingStream[] = ['strategic', 'functional', 'personal'];
export const LEARNING_FORMS: LearningForm[] = [
  'training',
  'workshop',
  'e_learning',
  'coaching',
  'e_coaching',
  'intervision',
  'buddy_talk',
  'event',
  'knowledge_session',
  'simulation_game',
  'assignment',
  'lecture',
  'masterclass',
  'course',
  'webinar',
  'other',
];
export const LEARNING_MIXES: LearningMix[] = ['workplace', 'social', 'formal'];
export const LEARNING_LEVELS: LearningLevel[] = ['self', 'self_and_others', 'self_and_organisation'];
export const KOLB_PHASES: KolbPhase[] = [
  'concrete_experience',
  'reflective_observation',
  'abstract_conceptualisation',
  'active_experimentation',
];
export const AUDIENCES: Audience[] = ['employees', 'managers', 'all'];
export const SORTS = ['title', '-title', 'category', 'status', 'totalCost', '-totalCost', '-createdAt'] as const;
