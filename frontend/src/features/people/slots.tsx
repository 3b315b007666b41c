import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/**
 * Panels of other features that a person's page shows (features do not import each other): the app composes them
 * in (`app/router.tsx`), the page renders what it is given and nothing where a slot is empty.
 */
export interface PersonSlots {
  /** The cohorts the person is enrolled in (the cohorts feature). */
  cohorts?: ComponentType<{ personId: string }>;
  /** The sessions the person attends (the sessions feature). */
  sessions?: ComponentType<{ personId: string }>;
  /** The person's learning hours against the norm (the calendars feature). */
  learningTime?: ComponentType<{ personId: string }>;
  /** The person's calendar: download and subscribe (the calendars feature). */
  calendar?: ComponentType<{ personId: string }>;
}

const SlotsContext = createContext<PersonSlots>({});

export function PersonSlotsProvider({ slots, children }: { slots: PersonSlots; children: ReactNode }) {
  return <SlotsContext.Provider value={slots}>{children}</SlotsContext.Provider>;
}

export function usePersonSlots(): PersonSlots {
  return useContext(SlotsContext);
}
