import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES } from '@/api/enums';
import { DataTable, type Column } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDecimal } from '@/lib/figures';
import { formatDate } from '@/lib/format';
import type { EvaluationAspect, EvaluationGroup } from '../api/types';
import { NotShown } from './NotShown';

/** The aspects any of the groups rates, in the vocabulary's order. */
export function aspectsOf(groups: EvaluationGroup[]): EvaluationAspect[] {
  const rated = new Set(groups.flatMap((group) => group.aspects.map((a) => a.aspect)));
  return ENUM_VALUES.EvaluationAspect.filter((aspect) => rated.has(aspect));
}

/** Groups of evaluations (sessions, trainers, locations, interventions) with their responses and a column per
 * aspect: the mean on its scale, or "niet getoond" with why. */
export function EvaluationTable({ caption, groups, minimum, nameHeader, name, showDay = false, mark }: {
  caption: string;
  groups: EvaluationGroup[];
  minimum: number;
  nameHeader: string;
  name?: (group: EvaluationGroup) => ReactNode;
  showDay?: boolean;
  mark?: (group: EvaluationGroup) => ReactNode;
}) {
  const { t, i18n } = useTranslation('reports');
  const vocab = useVocabulary();
  const lang = i18n.language;
  const columns: Column<EvaluationGroup>[] = [
    { key: 'name', header: nameHeader, render: (group) => <>{name ? name(group) : group.label}{mark ? mark(group) : null}</> },
    ...(showDay ? [{ key: 'day', header: t('evaluation.day'), render: (group: EvaluationGroup) => formatDate(group.day, lang) }] : []),
    { key: 'invited', header: t('evaluation.invited'), numeric: true, render: (group) => String(group.invited) },
    {
      key: 'responses', header: t('evaluation.responses'), numeric: true,
      render: (group) => (group.suppressed ? <NotShown reason={group.suppressed} minimum={minimum} /> : String(group.responses ?? '')),
    },
    ...aspectsOf(groups).map((aspect) => ({
      key: aspect, header: vocab.label('EvaluationAspect', aspect), numeric: true,
      render: (group: EvaluationGroup) => {
        if (group.suppressed) return '';
        const figure = group.aspects.find((a) => a.aspect === aspect);
        if (!figure) return '';
        if (figure.suppressed) return <NotShown reason={figure.suppressed} minimum={minimum} />;
        return figure.mean === null ? t('figures.none') : t('figures.meanWithN', { mean: formatDecimal(figure.mean, lang, 1), n: figure.n ?? 0 });
      },
    })),
  ];
  return (
    <div className="lk-stacks">
      <DataTable caption={caption} columns={columns} rows={groups} rowKey={(group) => `${group.kind}:${group.key}`} />
    </div>
  );
}
