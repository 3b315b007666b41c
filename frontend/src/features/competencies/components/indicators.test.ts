import { describe, expect, it } from 'vitest';
import { indicatorsFromText, indicatorsToText, sameIndicators, step } from './indicators';

describe('behavioural indicators as text', () => {
  it('takes one indicator per line, dropping bullets and empty lines', () => {
    expect(indicatorsFromText('- Deelt kennis\n\n  • Vraagt om feedback  \r\n* Luistert')).toEqual([
      'Deelt kennis', 'Vraagt om feedback', 'Luistert',
    ]);
    expect(indicatorsFromText('   \n')).toEqual([]);
  });

  it('round-trips', () => {
    const list = ['Deelt kennis', 'Luistert'];
    expect(indicatorsFromText(indicatorsToText(list))).toEqual(list);
  });

  it('compares in order', () => {
    expect(sameIndicators(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameIndicators(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameIndicators(['a'], ['a', 'b'])).toBe(false);
  });

  it('steps within the list only', () => {
    expect(step(0, 'up', 2)).toBeNull();
    expect(step(0, 'down', 2)).toBe(1);
    expect(step(1, 'down', 2)).toBeNull();
  });
});
