import type { components } from '@/api/schema';

export type CalendarFeed = components['schemas']['CalendarFeedRead'];
export type CalendarFeedSecret = components['schemas']['CalendarFeedSecret'];
export type FeedKind = CalendarFeed['kind'];
export type LearningTime = components['schemas']['LearningTime'];
export type TeamLearningTime = components['schemas']['TeamLearningTime'];
export type PersonLearningTime = components['schemas']['PersonLearningTime'];
export type SessionHours = components['schemas']['SessionHours'];
export type CohortLearningTime = components['schemas']['CohortLearningTime'];
export type ParticipantLearningTime = components['schemas']['ParticipantLearningTime'];
