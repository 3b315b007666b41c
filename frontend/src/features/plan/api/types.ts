import type { components } from '@/api/schema';

type S = components['schemas'];
export type Plan = S['PlanRead'];
export type PlanCreate = S['PlanCreate'];
export type PlanUpdate = S['PlanUpdate'];
export type PlanStatus = Plan['status'];
export type Traceability = S['Traceability'];
export type TraceDevelopment = S['TraceDevelopment'];
export type TraceGoal = S['TraceGoal'];
export type TraceLearningGoal = S['TraceLearningGoal'];
export type TraceTheme = S['TraceTheme'];
export type InterventionRef = S['InterventionRef'];
export type Audience = TraceLearningGoal['audience'];


/** The four kinds of item in a plan's tree, by their API collection. */
export type TreeKind = 'developments' | 'goals' | 'learning-goals' | 'themes';
