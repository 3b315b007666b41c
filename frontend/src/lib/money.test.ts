import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, parseMoney } from './money';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('formats in Dutch and English', () => {
    expect(plain(formatMoney('357451.62', 'nl'))).toBe('€ 357.451,62');
    expect(formatMoney('357451.62', 'en')).toBe('€357,451.62');
    expect(plain(formatMoney('-20.5', 'nl'))).toBe('€ -20,50');
  });

  it('shows nothing for no amount and what it cannot read as it came', () => {
    expect(formatMoney(null, 'nl')).toBe('');
    expect(formatMoney(undefined, 'en')).toBe('');
    expect(formatMoney('', 'nl')).toBe('');
    expect(formatMoney('n/a', 'nl')).toBe('n/a');
  });
});

describe('formatNumber', () => {
  it('shows up to two decimals, without trailing zeros', () => {
    expect(formatNumber('12.50', 'nl')).toBe('12,5');
    expect(formatNumber('2.00', 'nl')).toBe('2');
    expect(formatNumber('1234.567', 'en')).toBe('1,234.57');
    expect(formatNumber(null, 'nl')).toBe('');
  });
});

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
