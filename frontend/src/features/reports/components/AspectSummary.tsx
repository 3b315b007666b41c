import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDecimal } from '@/lib/figures';
import type { EvaluationGroup } from '../api/types';
import { NotShown } from './NotShown';

/** The intervention's total per aspect: n, mean, sd and the scale it is on. */
export function AspectSummary({ total, minimum, caption }: { total: EvaluationGroup; minimum: number; caption: string }) {
  const { t, i18n } = useTranslation('reports');
  const vocab = useVocabulary();
  const lang = i18n.language;
  return (
    <div className="lk-stacks">
      <DataTable caption={caption} rows={total.aspects} rowKey={(a) => a.aspect} columns={[
        { key: 'aspect', header: t('evaluation.aspect'), render: (a) => vocab.label('EvaluationAspect', a.aspect) },
        { key: 'n', header: t('evaluation.n'), numeric: true, render: (a) => (a.suppressed ? '' : String(a.n ?? '')) },
        { key: 'mean', header: t('evaluation.mean'), numeric: true,
          render: (a) => (a.suppressed ? <NotShown reason={a.suppressed} minimum={minimum} /> : a.mean === null ? t('figures.none') : formatDecimal(a.mean, lang, 2)) },
        { key: 'sd', header: t('evaluation.sd'), numeric: true, render: (a) => formatDecimal(a.suppressed ? null : a.sd, lang, 2) },
        { key: 'scale', header: t('evaluation.scale'), render: (a) => t('evaluation.scaleValue', {
          min: formatDecimal(a.scaleMin, lang, 0), max: formatDecimal(a.scaleMax, lang, 0) }) },
      ]} />
    </div>
  );
}
