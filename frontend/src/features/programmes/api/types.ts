// TEMPORARY stand-in for the generated schema until the programmes API is merged (replaced by schema names).
import type { EnumValue } from '@/api/enums';

type KolbPhase = EnumValue<'KolbPhase'>;
type LearningLevel = EnumValue<'LearningLevel'>;
type LearningMix = EnumValue<'LearningMix'>;
type LearningForm = EnumValue<'LearningForm'>;
export type ProgrammeStatus = 'draft' | 'active' | 'archived';
export type DesignStep = 'goal_and_constraints' | 'current_situation' | 'stakeholders' | 'framework' | 'implementation' | 'effect_measurement';
export type InsightKind = 'strength' | 'challenge' | 'opportunity' | 'need';
export type InsightSource = 'interview' | 'former_participants' | 'design_session' | 'document' | 'other';
export type MeasurementMoment = 'pre' | 'after_week_1' | 'midway' | 'post';
export type MeasurementLevel = 'participant' | 'programme' | 'organisation';

export interface ProgrammeStepRead {
  step: DesignStep;
  notes: string;
  done: boolean;
  doneAt: string | null;
  doneBy: { id: string; name: string } | null;
}

export interface Programme {
  id: string;
  title: string;
  status: ProgrammeStatus;
  purpose: string;
  targetGroup: string;
  durationMonths: number | null;
  storylineTitle: string;
  storylineNarrative: string;
  competencyFrameworkId: string | null;
  dnaFrameworkId: string | null;
  copiedFromId: string | null;
  why: string;
  outcomes: string;
  contributesTo: string;
  constraints: string[];
  kickOff: string;
  learningMaterials: string[];
  onboarding: string;
  communicationMeans: string[];
  measurementMoments: MeasurementMoment[];
  measurementLevels: MeasurementLevel[];
  measurementNotes: string;
  steps: ProgrammeStepRead[];
  createdAt: string;
  updatedAt: string;
  version: number;
}
export type ProgrammeCreate = Partial<Omit<Programme, 'id' | 'steps' | 'createdAt' | 'updatedAt' | 'version' | 'copiedFromId'>> & { title: string };
export type ProgrammeUpdate = Partial<ProgrammeCreate>;
export interface StepUpdate { notes: string; done: boolean }

export interface Insight {
  id: string;
  programmeId: string;
  kind: InsightKind;
  source: InsightSource;
  title: string;
  description: string;
  version: number;
}
export type InsightCreate = Omit<Insight, 'id' | 'version'>;
export type InsightUpdate = Partial<Omit<InsightCreate, 'programmeId'>>;

export interface Phase {
  id: string;
  programmeId: string;
  title: string;
  subTheme: string;
  description: string;
  startMonth: number;
  lengthMonths: number;
  position: number;
  competencyIds: string[];
  version: number;
}
export type PhaseCreate = Partial<Omit<Phase, 'id' | 'version' | 'programmeId'>> & { title: string };
export type PhaseUpdate = Partial<PhaseCreate>;

export interface LearningLine {
  id: string;
  programmeId: string;
  level: LearningLevel;
  label: string;
  description: string;
  position: number;
  version: number;
}
export type LearningLineCreate = Partial<Omit<LearningLine, 'id' | 'version' | 'programmeId'>> & { level: LearningLevel; label: string };
export type LearningLineUpdate = Partial<LearningLineCreate>;

export interface Placement {
  id: string;
  programmeId: string;
  phaseId: string;
  learningLineId: string;
  interventionId: string;
  kolbPhase: KolbPhase;
  weekOffset: number;
  durationHours: string | null;
  note: string;
  version: number;
}
export type PlacementCreate = Omit<Placement, 'id' | 'version' | 'programmeId'>;
export type PlacementUpdate = Partial<PlacementCreate>;

export interface FrameworkPhase extends Phase {
  competencies: { id: string; name: string }[];
  kolbBalance: Record<KolbPhase, number>;
  mix: { workplace: number; social: number; formal: number; unknown: number };
}
export interface FrameworkPlacement extends Placement {
  intervention: { id: string; title: string; learningForm: LearningForm; learningMix: LearningMix | null; durationHours: string | null };
}
export interface ProgrammeFramework {
  programme: Pick<Programme, 'id' | 'title' | 'status' | 'storylineTitle' | 'storylineNarrative' | 'durationMonths' | 'competencyFrameworkId' | 'version'>;
  phases: FrameworkPhase[];
  learningLines: LearningLine[];
  placements: FrameworkPlacement[];
}

export interface ProgrammeListParams {
  q?: string;
  status?: string;
  page: number;
  pageSize: number;
}
