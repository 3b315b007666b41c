import type { components } from '@/api/schema';

type S = components['schemas'];
export type Session = S['SessionRead'];
export type SessionCreate = S['SessionCreate'];
export type SessionUpdate = S['SessionUpdate'];
export type SessionStatus = S['SessionStatus'];
export type Attendance = S['Attendance'];
export type Attendee = S['AttendeeRead'];
export type AttendanceEntry = S['AttendanceEntry'];
export type SessionMonth = S['SessionMonth'];
export type Trainer = S['TrainerRead'];
export type TrainerCreate = S['TrainerCreate'];
export type TrainerUpdate = S['TrainerUpdate'];
export type ClosingDay = S['ClosingDayRead'];
export type ClosingDayCreate = S['ClosingDayCreate'];

/** The list's filters, as the API names them. */
export interface SessionFilters {
  from?: string;
  to?: string;
  interventionId?: string;
  trainerId?: string;
  personId?: string;
  status?: SessionStatus;
}

