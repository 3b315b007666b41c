// Generated from openapi.json by scripts/gen-enums.mjs (`npm run gen:types`): do not edit.
import type { components } from './schema';

type Schemas = components['schemas'];

/** Every enum of the API by its schema name, with its values in the order the API lists them. */
export const ENUM_VALUES = {
  Audience: ['employees', 'managers', 'all'] as const satisfies readonly Schemas['Audience'][],
  Category: ['strategic_development', 'strategic_theme', 'basic_skill', 'management_development', 'functional'] as const satisfies readonly Schemas['Category'][],
  ExpenditureStatus: ['committed', 'spent'] as const satisfies readonly Schemas['ExpenditureStatus'][],
  ExportFormat: ['xlsx', 'csv'] as const satisfies readonly Schemas['ExportFormat'][],
  FrameworkKind: ['competencies', 'organisation_dna'] as const satisfies readonly Schemas['FrameworkKind'][],
  FundingStream: ['strategic', 'functional', 'personal'] as const satisfies readonly Schemas['FundingStream'][],
  InterventionStatus: ['new', 'existing', 'partly_existing'] as const satisfies readonly Schemas['InterventionStatus'][],
  KolbPhase: ['concrete_experience', 'reflective_observation', 'abstract_conceptualisation', 'active_experimentation'] as const satisfies readonly Schemas['KolbPhase'][],
  LearningForm: ['training', 'workshop', 'e_learning', 'coaching', 'e_coaching', 'intervision', 'buddy_talk', 'event', 'knowledge_session', 'simulation_game', 'assignment', 'lecture', 'masterclass', 'course', 'webinar', 'other'] as const satisfies readonly Schemas['LearningForm'][],
  LearningLevel: ['self', 'self_and_others', 'self_and_organisation'] as const satisfies readonly Schemas['LearningLevel'][],
  LearningMix: ['workplace', 'social', 'formal'] as const satisfies readonly Schemas['LearningMix'][],
  LineKind: ['intervention', 'contingency', 'placeholder', 'ring_fenced', 'other'] as const satisfies readonly Schemas['LineKind'][],
  NumberFormat: ['nl', 'en'] as const satisfies readonly Schemas['NumberFormat'][],
  Origin: ['planned', 'continued', 'changed'] as const satisfies readonly Schemas['Origin'][],
  PlanStatus: ['draft', 'adopted', 'archived'] as const satisfies readonly Schemas['PlanStatus'][],
  ReviewDecision: ['continue', 'change', 'stop'] as const satisfies readonly Schemas['ReviewDecision'][],
  Role: ['viewer', 'editor', 'admin'] as const satisfies readonly Schemas['Role'][],
  TokenScope: ['read', 'write'] as const satisfies readonly Schemas['TokenScope'][],
  TokenStatus: ['active', 'expired', 'revoked'] as const satisfies readonly Schemas['TokenStatus'][],
} as const;

export type EnumName = keyof typeof ENUM_VALUES;
export type EnumValue<N extends EnumName> = (typeof ENUM_VALUES)[N][number];
