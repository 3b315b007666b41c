import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyInput, formatNumber, readMoney } from './money';

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

const ok = (value: string) => ({ ok: true, value });
const ambiguous = (other: string) => ({ ok: false, reason: 'ambiguous', other });
const refused = (reason: string) => ({ ok: false, reason });

describe('readMoney in Dutch (the default): `.` groups thousands, `,` starts the cents', () => {
  it.each([
    ['4.800', ok('4800.00')],
    ['4.800,50', ok('4800.50')],
    ['€ 4.800', ok('4800.00')],
    ['€4.800', ok('4800.00')],
    ['4.800 €', ok('4800.00')],
    ['EUR 4.800,5', ok('4800.50')],
    ['4800', ok('4800.00')],
    ['4800,5', ok('4800.50')],
    ['4 800', ok('4800.00')],
    ['4\u00a0800,00', ok('4800.00')],
    ['4.800,-', ok('4800.00')],
    ['1.234.567,89', ok('1234567.89')],
    ['314.777,00', ok('314777.00')],
    ['0,1', ok('0.10')],
    ['0', ok('0.00')],
    ['007', ok('7.00')],
    ['-12,5', ok('-12.50')],
    ['€ -12,5', ok('-12.50')],
    ['-€ 12,5', ok('-12.50')],
    ['  4.800  ', ok('4800.00')],
    // Not Dutch, but an amount the English way: refused with that reading, never guessed.
    ['4.80', ambiguous('4.80')],
    ['4.8', ambiguous('4.80')],
    ['1,234', ambiguous('1234.00')],
    ['4,800', ambiguous('4800.00')],
    ['1,234.56', ambiguous('1234.56')],
    ['4800.00', ambiguous('4800.00')],
    ['-4.80', ambiguous('-4.80')],
    // Neither way.
    ['4,8055', refused('too_many_decimals')],
    ['4.800,505', refused('too_many_decimals')],
    ['4.80.0', refused('malformed')],
    ['48.00.000', refused('malformed')],
    ['1,234,5', refused('malformed')],
    ['1.234.5', refused('malformed')],
    ['4.800,', refused('malformed')],
    [',50', refused('malformed')],
    ['tien euro', refused('malformed')],
    ['4e3', refused('malformed')],
    ['--4', refused('malformed')],
    ['€', refused('malformed')],
    ['', refused('empty')],
    ['   ', refused('empty')],
  ])('reads %j as %j', (input, expected) => {
    expect(readMoney(input, 'nl')).toEqual(expected);
  });
});

describe('readMoney in English: `,` groups thousands, `.` starts the cents', () => {
  it.each([
    ['4,800.50', ok('4800.50')],
    ['4,800', ok('4800.00')],
    ['4800', ok('4800.00')],
    ['4.80', ok('4.80')],
    ['€4,800.5', ok('4800.50')],
    ['1,234,567.89', ok('1234567.89')],
    ['4 800.50', ok('4800.50')],
    ['4.800', ambiguous('4800.00')],
    ['4,80', ambiguous('4.80')],
    ['4.800,50', ambiguous('4800.50')],
    ['4.800,-', ambiguous('4800.00')],
    ['4.805', ambiguous('4805.00')],
    ['4.8055', refused('too_many_decimals')],
    ['4,80,0', refused('malformed')],
    ['', refused('empty')],
  ])('reads %j as %j', (input, expected) => {
    expect(readMoney(input, 'en')).toEqual(expected);
  });
});

describe('readMoney has no text that reads both ways', () => {
  // Every short text of digits and separators: whatever one language reads, the other calls ambiguous
  // (or reads to the same amount: plain digits); nothing is read differently by the two.
  const texts: string[] = [];
  const alphabet = ['1', '2', '0', '.', ','];
  const grow = (prefix: string, depth: number) => {
    if (prefix) texts.push(prefix);
    if (depth === 0) return;
    for (const char of alphabet) grow(prefix + char, depth - 1);
  };
  grow('', 6);
  it(`holds for all ${texts.length} texts of up to 6 characters`, { timeout: 60_000 }, () => {
    for (const text of texts) {
      const nl = readMoney(text, 'nl');
      const en = readMoney(text, 'en');
      if (nl.ok && en.ok) expect([text, nl.value]).toEqual([text, en.value]);
      if (nl.ok && !en.ok) expect([text, en]).toEqual([text, ambiguous(nl.value)]);
      if (en.ok && !nl.ok) expect([text, nl]).toEqual([text, ambiguous(en.value)]);
    }
  });
});

describe('formatMoneyInput', () => {
  it.each([
    ['4800.00', 'nl', '4.800,00'],
    ['4800.5', 'en', '4,800.50'],
    ['-12.50', 'nl', '-12,50'],
    ['0.00', 'nl', '0,00'],
    [null, 'nl', ''],
  ])('shows %j in %s as %j, which reads back to the same amount', (value, language, expected) => {
    const shown = formatMoneyInput(value, language);
    expect(shown).toBe(expected);
    if (value !== null) expect(readMoney(shown, language)).toEqual(ok(Number(value).toFixed(2)));
  });
});
