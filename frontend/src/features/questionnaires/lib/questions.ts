import type { Dimension, MeasurementLevel, QuestionType } from '../api/types';

/** Each level's dimensions (DESIGN §2.7); the API refuses a dimension of another level. */
export const DIMENSIONS_BY_LEVEL: Record<MeasurementLevel, Dimension[]> = {
  participant: ['learning_effect', 'behaviour', 'motivation', 'attitude'],
  programme: ['quality', 'functioning', 'relevance'],
  organisation: ['support', 'room_to_apply'],
};

export function isChoice(type: QuestionType): boolean {
  return type === 'single_choice' || type === 'multiple_choice';
}

export function isScale(type: QuestionType): boolean {
  return type === 'likert_5' || type === 'likert_7' || type === 'scale_0_10';
}

/** A key for a new option that none of `taken` has: `optie_1`, `optie_2`, ... (answers store keys, never labels). */
export function nextOptionKey(taken: string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`optie_${n}`)) n += 1;
  return `optie_${n}`;
}

/** The list with the item at `from` moved to `to`. */
export function moved<T>(list: T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
