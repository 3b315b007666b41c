import { describe, expect, it } from 'vitest';
import { barWidths } from './bars';

describe('barWidths', () => {
  it('scales to the largest value and never below zero', () => {
    expect(barWidths(['200.00', '100.00', '0.00', '-5.00'])).toEqual([100, 50, 0, 0]);
    expect(barWidths(['0.00', '0.00'])).toEqual([0, 0]);
  });
});
