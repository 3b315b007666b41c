import { describe, expect, it } from 'vitest';
import { FIELD_CODES, PROBLEM_CODES } from '@/api/enums';
import { resources, SUPPORTED_LANGUAGES } from '.';

/** Whether `group` has a text for `code`: the key itself or its plural forms. */
function has(group: unknown, code: string): boolean {
  const texts = (group ?? {}) as Record<string, unknown>;
  return typeof texts[code] === 'string' || (typeof texts[`${code}_one`] === 'string' && typeof texts[`${code}_other`] === 'string');
}

// The codes come from the backend (core/problem_codes.py → openapi.json → src/api/enums.ts): a code the
// server can send without Dutch or English text here fails this test.
describe('problem codes', () => {
  it('lists the codes the backend emits', () => {
    expect(PROBLEM_CODES).toContain('intervention_in_use');
    expect(FIELD_CODES).toContain('ambiguous_number');
  });

  for (const language of SUPPORTED_LANGUAGES) {
    const common = resources[language]!.common as { problem: { code: unknown }; validation: unknown };
    it(`has a text in ${language} for every problem code`, () => {
      expect(PROBLEM_CODES.filter((code) => !has(common.problem.code, code))).toEqual([]);
    });
    it(`has a text in ${language} for every field code`, () => {
      expect(FIELD_CODES.filter((code) => !has(common.validation, code))).toEqual([]);
    });
  }
});
