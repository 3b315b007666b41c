import { describe, expect, it } from 'vitest';
import { kolbCount, missingKolb, mixShares } from './balance';

const m = (workplace: number, social: number, formal: number, unknown: number) => ({
  workplace: { count: workplace }, social: { count: social }, formal: { count: formal }, unknown: { count: unknown },
});

describe('mixShares', () => {
  it('gives each kind its share against 70/20/10', () => {
    expect(mixShares(m(7, 2, 1, 0))).toEqual([
      { kind: 'workplace', count: 7, percent: 70, target: 70 },
      { kind: 'social', count: 2, percent: 20, target: 20 },
      { kind: 'formal', count: 1, percent: 10, target: 10 },
    ]);
  });

  it('counts placements of an unknown kind in the whole and names them', () => {
    const shares = mixShares(m(1, 0, 2, 1));
    expect(shares.map((s) => [s.kind, s.percent])).toEqual([['workplace', 25], ['social', 0], ['formal', 50], ['unknown', 25]]);
  });

  it('is all zero for an empty phase', () => {
    expect(mixShares(m(0, 0, 0, 0)).map((s) => s.percent)).toEqual([0, 0, 0]);
  });
});

describe('missingKolb', () => {
  it('names the phases of the cycle without a placement', () => {
    const all = ['concrete_experience', 'reflective_observation', 'abstract_conceptualisation', 'active_experimentation'] as const;
    const balance = { concreteExperience: 2, reflectiveObservation: 0, abstractConceptualisation: 0, activeExperimentation: 1 };
    expect(missingKolb(all, balance)).toEqual(['reflective_observation', 'abstract_conceptualisation']);
    expect(kolbCount(balance, 'concrete_experience')).toBe(2);
  });
});
