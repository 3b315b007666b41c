import { useMemo } from 'react';
import { useVocabulary } from '@/i18n/vocabulary';
import type { EffectReport, EffectRow } from '../api/types';
import { roundLabeller } from './chart-data';

/** How the report's rows and rounds are named in the user's language: a level, dimension or lever by the
 * vocabulary, a question or competency by its own text; a round by its moment. */
export function useReportLabels(report: EffectReport | undefined) {
  const vocab = useVocabulary();
  return useMemo(() => {
    const rowLabel = (row: EffectRow): string => {
      if (row.kind === 'level' && row.level) return vocab.label('MeasurementLevel', row.level);
      if (row.kind === 'dimension' && row.dimension) return vocab.label('Dimension', row.dimension);
      if (row.kind === 'transfer_lever' && row.transferLever) return vocab.label('TransferLever', row.transferLever);
      return row.label;
    };
    const roundLabel = roundLabeller(report?.rounds ?? [], (round) => vocab.label('RoundMoment', round.moment));
    return { rowLabel, roundLabel };
  }, [vocab, report]);
}
