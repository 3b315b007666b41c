import type { TFunction } from 'i18next';
import { formatNumber } from '@/lib/money';
import type { ReviewItem } from '../api/types';

type Summary = NonNullable<ReviewItem['evaluation']>;

/** What the review says of an intervention's evaluations: `count` ("24 evaluaties") and a line per aspect
 * ("Trainer 4,3 van 5", "Rapportcijfer 7,8") when they are shown; else only `text`, why not, or that it was not
 * evaluated. `text` is the whole in one line. */
export interface EvaluationText {
  text: string;
  count: string | null;
  aspects: string[];
}

export function describeEvaluation(evaluation: Summary | null | undefined, t: TFunction<'review'>,
  language: string): EvaluationText {
  if (!evaluation) return { text: t('evaluation.none'), count: null, aspects: [] };
  if (evaluation.suppressed) {
    return { text: t(`evaluation.suppressed.${evaluation.suppressed}`, { count: evaluation.minimumGroupSize }), count: null, aspects: [] };
  }
  // rounded to what a person reads (4,3; a 0-100 score whole), then written in the language's way (src/lib)
  const number = (value: number, digits: number) => formatNumber(value.toFixed(digits), language);
  const count = t('evaluation.count', { count: evaluation.responses ?? 0 });
  const aspects = evaluation.aspects.map((aspect) => {
    const name = t(`evaluation.aspect.${aspect.aspect}`);
    if (aspect.mean === null || aspect.suppressed) return t('evaluation.aspectHidden', { aspect: name });
    const wide = aspect.scaleMax - aspect.scaleMin > 10; // a 0-100 score: a whole number says enough
    return t('evaluation.aspectMean', { aspect: name, mean: number(aspect.mean, wide ? 0 : 1), max: number(aspect.scaleMax, 0) });
  });
  return { text: [count, ...aspects].join('; '), count, aspects };
}
