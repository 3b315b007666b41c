import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES, type EnumName, type EnumValue } from '@/api/enums';

export interface VocabularyOption<V extends string> {
  value: V;
  label: string;
}

/**
 * The API's enums in the user's language: `label('Audience', 'all')` and `options('Audience')` (in the
 * API's order). The values come from openapi.json (`src/api/enums.ts`), the labels from the
 * `vocabulary` namespace, one place per enum.
 */
export function useVocabulary() {
  const { t } = useTranslation('vocabulary');
  const label = useCallback(<N extends EnumName>(name: N, value: EnumValue<N>): string => t(`${name}.${value}`), [t]);
  const options = useCallback(
    <N extends EnumName>(name: N): VocabularyOption<EnumValue<N>>[] =>
      ENUM_VALUES[name].map((value: EnumValue<N>) => ({ value, label: label(name, value) })),
    [label],
  );
  return useMemo(() => ({ label, options }), [label, options]);
}
