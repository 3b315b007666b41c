import type { components } from '@/api/schema';

export type BudgetYears = components['schemas']['BudgetYears'];
export type BudgetSummary = components['schemas']['BudgetSummary'];
export type StreamFigures = components['schemas']['StreamFigures'];
