import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/**
 * Panels of other features that the trainer page shows (features do not import each other): the app composes them
 * in (`app/router.tsx`), the page renders what it is given and nothing where a slot is empty.
 */
export interface TrainerSlots {
  /** The trainer's calendar: download and subscribe (the calendars feature's panel). */
  calendar?: ComponentType<{ trainerId: string }>;
}

const SlotsContext = createContext<TrainerSlots>({});

export function TrainerSlotsProvider({ slots, children }: { slots: TrainerSlots; children: ReactNode }) {
  return <SlotsContext.Provider value={slots}>{children}</SlotsContext.Provider>;
}

export function useTrainerSlots(): TrainerSlots {
  return useContext(SlotsContext);
}
