import type { FeedKind } from './types';

export const calendarKeys = {
  all: ['calendars'] as const,
  feeds: (kind: FeedKind, subjectId: string) => [...calendarKeys.all, 'feeds', kind, subjectId] as const,
  learningTime: () => [...calendarKeys.all, 'learning-time'] as const,
  teams: (year: number | undefined) => [...calendarKeys.learningTime(), 'teams', year ?? 'default'] as const,
  person: (personId: string, year: number | undefined) =>
    [...calendarKeys.learningTime(), 'person', personId, year ?? 'default'] as const,
  cohort: (cohortId: string) => [...calendarKeys.learningTime(), 'cohort', cohortId] as const,
};
