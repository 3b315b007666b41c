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

/**
 * A person as `GET /people` answers (the people feature's contract, issue 15). Written out here until that
 * part of the API is in the generated schema; the lead replaces it with `S['PersonRead']` at merge.
 */
export interface PersonSummary {
  id: string;
  employeeNumber: string;
  name: string;
  email: string;
  team: string;
  leftOn: string | null;
}
