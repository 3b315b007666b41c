import { describe, expect, it } from 'vitest';
import { formatDecimal, formatP, formatShare, formatSigned } from './figures';

describe('report figures', () => {
  it('write decimals the Dutch way in Dutch and the English way in English', () => {
    expect(formatDecimal(3.4512, 'nl')).toBe('3,45');
    expect(formatDecimal(3.4512, 'en')).toBe('3.45');
    expect(formatDecimal(1234.5, 'nl', 1)).toBe('1.234,5');
    expect(formatDecimal(-0.125, 'nl')).toBe('-0,13');
    expect(formatDecimal(-0.001, 'nl', 1)).toBe('0,0');
    expect(formatDecimal(-0.04, 'nl', 1)).toBe('0,0');
    expect(formatDecimal(-0.05, 'nl', 1)).toBe('-0,1');
  });

  it('leave a missing figure empty, never 0', () => {
    expect(formatDecimal(null, 'nl')).toBe('');
    expect(formatDecimal(undefined, 'nl')).toBe('');
    expect(formatDecimal(Number.NaN, 'nl')).toBe('');
    expect(formatShare(null, 'nl')).toBe('');
    expect(formatSigned(null, 'nl')).toBe('');
  });

  it('sign a difference', () => {
    expect(formatSigned(0.5, 'nl')).toBe('+0,50');
    expect(formatSigned(-0.5, 'nl')).toBe('-0,50');
    expect(formatSigned(0, 'nl')).toBe('0,00');
    expect(formatSigned(0.001, 'nl')).toBe('0,00');
  });

  it('show shares as whole percentages and small p-values as a bound', () => {
    expect(formatShare(0.857, 'nl')).toBe('86%');
    expect(formatShare(1, 'en')).toBe('100%');
    expect(formatP(0.0004, 'nl')).toBe('< 0,001');
    expect(formatP(0.0456, 'nl')).toBe('0,046');
  });
});
