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
export type TeamUpdate = components['schemas']['TeamUpdate'];
export type Payroll = components['schemas']['PayrollRead'];
export type PayrollCreate = components['schemas']['PayrollCreate'];
export type PayrollUpdate = components['schemas']['PayrollUpdate'];
export type BudgetSummary = components['schemas']['BudgetSummary'];
export type StreamFigures = components['schemas']['StreamFigures'];
export type BudgetWarning = components['schemas']['BudgetWarning'];
export type BudgetYears = components['schemas']['BudgetYears'];
export type FundingShares = components['schemas']['FundingShares'];
export type FundingSharesUpdate = components['schemas']['FundingSharesUpdate'];
export type Stream = Budget['stream'];
export type LineKind = BudgetLine['kind'];
export type ExpenditureStatus = Expenditure['status'];

/** A save creates, or changes the version the user saw (sent as If-Match): a change without one does not type. */
export type Save<Create, Update> = { create: Create } | { id: string; version: number; changes: Update };
