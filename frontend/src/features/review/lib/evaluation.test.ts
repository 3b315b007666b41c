import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import '@/i18n';
import type { ReviewItem } from '../api/types';
import { describeEvaluation } from './evaluation';

type Summary = NonNullable<ReviewItem['evaluation']>;
type Aspect = Summary['aspects'][number];

const aspect = (name: Aspect['aspect'], mean: number | null, max = 5, values: Partial<Aspect> = {}): Aspect => ({
  aspect: name, n: mean === null ? null : 24, mean, sd: mean === null ? null : 0.6, scaleMin: max === 10 ? 0 : 1,
  scaleMax: max, suppressed: mean === null ? 'too_few' : null, ...values,
});

const shown: Summary = {
  responses: 24, suppressed: null, minimumGroupSize: 5,
  aspects: [aspect('trainer', 4.3333), aspect('location', 3), aspect('overall', 7.75, 10), aspect('content', null)],
};

describe('describeEvaluation', () => {
  const nl = i18n.getFixedT('nl', 'review');
  const en = i18n.getFixedT('en', 'review');

  it('gives the number of evaluations and each aspect on its scale, in Dutch', () => {
    const text = describeEvaluation(shown, nl, 'nl');
    expect(text.count).toBe('24 evaluaties');
    expect(text.aspects).toEqual(['Trainer 4,3 van 5', 'Locatie 3 van 5', 'Rapportcijfer 7,8 van 10',
      'Inhoud: niet getoond (te weinig beoordelingen)']);
    expect(text.text).toBe('24 evaluaties; Trainer 4,3 van 5; Locatie 3 van 5; Rapportcijfer 7,8 van 10; '
      + 'Inhoud: niet getoond (te weinig beoordelingen)');
    expect(describeEvaluation(shown, en, 'en').aspects[2]).toBe('Overall mark 7.8 out of 10');
  });

  it('says a score on 0-100 in whole numbers', () => {
    const mixed = { ...shown, aspects: [aspect('overall', 72.4, 100, { scaleMin: 0 })] };
    expect(describeEvaluation(mixed, nl, 'nl').aspects).toEqual(['Rapportcijfer 72 van 100']);
  });

  it('says why the evaluations are not shown, or that there are none', () => {
    const few: Summary = { responses: null, suppressed: 'too_few', minimumGroupSize: 5, aspects: [aspect('trainer', null)] };
    expect(describeEvaluation(few, nl, 'nl')).toEqual({ text: 'Minder dan 5 evaluaties: niet getoond', count: null, aspects: [] });
    expect(describeEvaluation({ ...few, suppressed: 'protects_another' }, nl, 'nl').text).toBe(
      'Niet getoond: anders is een kleine groep evaluaties terug te rekenen');
    expect(describeEvaluation(null, nl, 'nl').text).toBe('Niet geëvalueerd');
    expect(describeEvaluation(null, en, 'en').text).toBe('Not evaluated');
  });
});
