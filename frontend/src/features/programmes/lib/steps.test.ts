import { describe, expect, it } from 'vitest';
import { stepFromSlug, stepPath } from './steps';

const steps = ['goal_and_constraints', 'current_situation', 'stakeholders', 'framework', 'implementation', 'effect_measurement'] as const;

describe('steps', () => {
  it('maps path segments to steps and back', () => {
    expect(stepFromSlug(undefined, steps)).toBe('goal_and_constraints');
    expect(stepFromSlug('framework', steps)).toBe('framework');
    expect(stepFromSlug('effectmeting', steps)).toBe('effect_measurement');
    expect(stepFromSlug('onbekend', steps)).toBeNull();
    expect(stepPath('42', 'current_situation')).toBe('/programmas/42/analyse');
  });
});
