import { describe, expect, it } from 'vitest';
import { barWidths, formatMoney, parseMoney } from './money';

describe('parseMoney', () => {
  it.each([
    ['1234,56', '1234.56'],
    ['1.234,5', '1234.50'],
    ['€ 314.777,00', '314777.00'],
    ['314777', '314777.00'],
    ['1234.56', '1234.56'],
    ['1.234.567', '1234567.00'],
    ['0,1', '0.10'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseMoney(input)).toBe(expected);
  });

  it('leaves what it cannot read for the server to refuse', () => {
    expect(parseMoney(' tien euro ')).toBe('tien euro');
    expect(parseMoney('1,234,5')).toBe('1,234,5');
  });
});

describe('formatMoney', () => {
  it('formats in Dutch and English', () => {
    expect(formatMoney('357451.62', 'nl').replace(/\s/g, ' ')).toBe('€ 357.451,62');
    expect(formatMoney('357451.62', 'en')).toBe('€357,451.62');
    expect(formatMoney(null, 'nl')).toBe('');
  });
});

describe('barWidths', () => {
  it('scales to the largest value and never below zero', () => {
    expect(barWidths(['200.00', '100.00', '0.00', '-5.00'])).toEqual([100, 50, 0, 0]);
    expect(barWidths(['0.00', '0.00'])).toEqual([0, 0]);
  });
});
