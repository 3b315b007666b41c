import type { EnumValue } from '@/api/enums';

/** A shape per Kolb phase (beside its name, never instead of it): circle, triangle, square, diamond. */
const SHAPES: Record<EnumValue<'KolbPhase'>, string> = {
  concrete_experience: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13Z',
  reflective_observation: 'M8 1.5L14.5 14H1.5Z',
  abstract_conceptualisation: 'M2 2H14V14H2Z',
  active_experimentation: 'M8 1L15 8L8 15L1 8Z',
};

export function KolbIcon({ phase }: { phase: EnumValue<'KolbPhase'> }) {
  return (
    <svg className={`lk-kolb-icon lk-kolb-icon--${phase}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={SHAPES[phase]} />
    </svg>
  );
}
