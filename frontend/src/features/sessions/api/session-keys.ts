import { resourceKeys } from '@/api/reference/keys';

/** Sessions: lists per month and filter, the months that hold sessions, one session and its attendees. */
export const sessionKeys = {
  ...resourceKeys('sessions'),
  months: (filters: object) => ['sessions', 'months', filters] as const,
  attendees: (id: string) => ['sessions', 'attendees', id] as const,
};

export const trainerKeys = resourceKeys('trainers');
export const closingDayKeys = resourceKeys('closing-days');

/** The API's largest page: a month, a session's attendees and the trainer picker fit in it. */
export const LARGE_PAGE = 200;
