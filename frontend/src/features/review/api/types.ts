import type { components } from '@/api/schema';

export type ReviewProposal = components['schemas']['AnnualReviewProposal'];
export type ReviewItem = components['schemas']['ReviewItem'];
export type ReviewLine = components['schemas']['ReviewLine'];
export type ReviewCreate = components['schemas']['AnnualReviewCreate'];
export type ReviewResult = components['schemas']['AnnualReviewResult'];
export type StreamProposal = components['schemas']['StreamProposal'];
export type Decision = components['schemas']['DecisionInput']['decision'];
export type Stream = components['schemas']['StreamProposal']['stream'];
export type LineSkip = components['schemas']['LineSkip'];
