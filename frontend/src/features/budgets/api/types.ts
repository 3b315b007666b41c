import type { components } from '@/api/schema';

export type Budget = components['schemas']['BudgetRead'];
export type BudgetCreate = components['schemas']['BudgetCreate'];
export type BudgetUpdate = components['schemas']['BudgetUpdate'];
export type BudgetLine = components['schemas']['BudgetLineRead'];
export type BudgetLineCreate = components['schemas']['BudgetLineCreate'];
export type BudgetLineUpdate = components['schemas']['BudgetLineUpdate'];
export type Expenditure = components['schemas']['ExpenditureRead'];
export type ExpenditureCreate = components['schemas']['ExpenditureCreate'];
export type ExpenditureUpdate = components['schemas']['ExpenditureUpdate'];
export type Team = components['schemas']['TeamRead'];
export type TeamCreate = components['schemas']['TeamCreate'];
export type Payroll = components['schemas']['PayrollRead'];
export type BudgetSummary = components['schemas']['BudgetSummary'];
export type StreamFigures = components['schemas']['StreamFigures'];
export type BudgetWarning = components['schemas']['BudgetWarning'];
export type Stream = Budget['stream'];
export type LineKind = BudgetLine['kind'];
export type ExpenditureStatus = Expenditure['status'];

