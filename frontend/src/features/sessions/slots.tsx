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

/** Panels of other features that the session page shows: its evaluation round (the rounds feature). */
export interface SessionSlots {
  /** The session's evaluation: a link to its round, or "Evaluatie voorstellen" when it needs one. */
  evaluation?: ComponentType<{ sessionId: string }>;
}

const SessionSlotsContext = createContext<SessionSlots>({});

export function SessionSlotsProvider({ slots, children }: { slots: SessionSlots; children: ReactNode }) {
  return <SessionSlotsContext.Provider value={slots}>{children}</SessionSlotsContext.Provider>;
}

export function useSessionSlots(): SessionSlots {
  return useContext(SessionSlotsContext);
}
