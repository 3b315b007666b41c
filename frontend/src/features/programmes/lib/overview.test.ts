import { describe, expect, it } from 'vitest';
import type { EnumValue } from '@/api/enums';
import { formsOfLine } from './overview';

const p = (learningLineId: string, phaseId: string, weekOffset: number, learningForm: EnumValue<'LearningForm'> | null) => ({
  learningLineId, phaseId, weekOffset, intervention: { learningForm },
});

describe('formsOfLine', () => {
  it("lists a line's learning forms once each, in the order they first happen", () => {
    const placements = [p('l1', 'p2', 0, 'intervision'), p('l1', 'p1', 5, 'buddy_talk'), p('l1', 'p1', 1, 'coaching'),
      p('l1', 'p2', 3, 'coaching'), p('l2', 'p1', 0, 'training'), p('l1', 'p1', 0, null)];
    expect(formsOfLine('l1', placements, ['p1', 'p2'])).toEqual(['coaching', 'buddy_talk', 'intervision']);
    expect(formsOfLine('l3', placements, ['p1', 'p2'])).toEqual([]);
  });
});
