import type { components } from '@/api/schema';

export type ReviewProposal = components['schemas']['AnnualReviewProposal'];
export type ReviewItem = components['schemas']['ReviewItem'];
export type ReviewLine = components['schemas']['ReviewLine'];
export type ReviewCreate = components['schemas']['AnnualReviewCreate'];
export type ReviewResult = components['schemas']['AnnualReviewResult'];
export type Decision = components['schemas']['DecisionInput']['decision'];
