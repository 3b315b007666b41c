import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type EffectReport = Schemas['EffectReport'];
export type EffectRow = Schemas['EffectRow'];
export type ReportRound = Schemas['ReportRound'];
export type ReportComparison = Schemas['ReportComparison'];
export type MomentFigure = Schemas['MomentFigure'];
export type ChangeFigure = Schemas['ChangeFigure'];
export type EffectOverview = Schemas['EffectOverview'];
export type ProgrammeOverview = Schemas['ProgrammeOverview'];
export type CohortOverview = Schemas['CohortOverview'];
export type HeadlineEffect = Schemas['HeadlineEffect'];
export type EvaluationReport = Schemas['EvaluationReport'];
export type EvaluationGroup = Schemas['EvaluationGroup'];
export type AspectFigure = Schemas['AspectFigure'];
export type YearEvaluations = Schemas['YearEvaluations'];
export type SuppressionReason = Schemas['SuppressionReason'];
export type Magnitude = Schemas['Magnitude'];
export type MeasurementLevel = Schemas['MeasurementLevel'];
export type Dimension = Schemas['Dimension'];
export type EvaluationAspect = Schemas['EvaluationAspect'];
export type ReportRowKind = Schemas['ReportRowKind'];
export type ReportFormat = Schemas['ReportFormat'];

/** The effect report's filters, as the API takes them (absent: every row). */
export interface EffectFilters {
  level?: MeasurementLevel;
  dimension?: Dimension;
  competencyId?: string;
}
