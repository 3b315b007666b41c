import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/**
 * Panels of other features that the cohort page shows (features do not import each other): the app composes them
 * in (`app/router.tsx`), the page renders what it is given and nothing where a slot is empty.
 */
export interface CohortSlots {
  /** The cohort's learning time (the calendars feature). */
  learningTime?: ComponentType<{ cohortId: string }>;
  /** The cohort's calendar: download and subscribe (the calendars feature). */
  calendar?: ComponentType<{ cohortId: string }>;
  /** The cohort's rounds (metingen) and "Vier metingen voorstellen" (the rounds feature). */
  rounds?: ComponentType<{ cohortId: string }>;
}

const SlotsContext = createContext<CohortSlots>({});

export function CohortSlotsProvider({ slots, children }: { slots: CohortSlots; children: ReactNode }) {
  return <SlotsContext.Provider value={slots}>{children}</SlotsContext.Provider>;
}

export function useCohortSlots(): CohortSlots {
  return useContext(SlotsContext);
}
