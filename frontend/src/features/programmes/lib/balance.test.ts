import { describe, expect, it } from 'vitest';
import { missingKolb, mixShares } from './balance';

describe('mixShares', () => {
  it('gives each kind its share against 70/20/10', () => {
    expect(mixShares({ workplace: 7, social: 2, formal: 1, unknown: 0 })).toEqual([
      { kind: 'workplace', count: 7, percent: 70, target: 70 },
      { kind: 'social', count: 2, percent: 20, target: 20 },
      { kind: 'formal', count: 1, percent: 10, target: 10 },
    ]);
  });

  it('counts placements of an unknown kind in the whole and names them', () => {
    const shares = mixShares({ workplace: 1, social: 0, formal: 2, unknown: 1 });
    expect(shares.map((s) => [s.kind, s.percent])).toEqual([['workplace', 25], ['social', 0], ['formal', 50], ['unknown', 25]]);
  });

  it('is all zero for an empty phase', () => {
    expect(mixShares({ workplace: 0, social: 0, formal: 0, unknown: 0 }).map((s) => s.percent)).toEqual([0, 0, 0]);
  });
});

describe('missingKolb', () => {
  it('names the phases of the cycle without a placement', () => {
    const all = ['concrete_experience', 'reflective_observation', 'abstract_conceptualisation', 'active_experimentation'] as const;
    expect(missingKolb(all, { concrete_experience: 2, reflective_observation: 0, active_experimentation: 1 }))
      .toEqual(['reflective_observation', 'abstract_conceptualisation']);
  });
});
