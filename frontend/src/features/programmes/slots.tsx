import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/**
 * Panels of other features that the workspace shows (features do not import each other): the app composes them in
 * (`app/router.tsx`), the workspace renders what it is given.
 */
export interface ProgrammeSlots {
  /** Step 3: the programme's stakeholders (the stakeholders feature's panel). */
  stakeholders?: ComponentType<{ programmeId: string; canEdit: boolean }>;
}

const SlotsContext = createContext<ProgrammeSlots>({});

export function ProgrammeSlotsProvider({ slots, children }: { slots: ProgrammeSlots; children: ReactNode }) {
  return <SlotsContext.Provider value={slots}>{children}</SlotsContext.Provider>;
}

export function useProgrammeSlots(): ProgrammeSlots {
  return useContext(SlotsContext);
}
