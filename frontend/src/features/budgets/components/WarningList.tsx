import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '@/i18n/vocabulary';
import type { BudgetLine, BudgetWarning } from '../api/types';

/** The summary's warnings in the user's language (the server's `detail` is English, for API clients). */
export function WarningList({ warnings, lines }: { warnings: BudgetWarning[]; lines: BudgetLine[] }) {
  const { t } = useTranslation('budgets');
  const vocab = useVocabulary();
  if (warnings.length === 0) {
    return (
      <section className="lk-section" id="waarschuwingen" aria-labelledby="budget-warnings-title">
        <Heading2 id="budget-warnings-title" tabIndex={-1}>{t('warnings.title')}</Heading2>
        <Paragraph>{t('warnings.none')}</Paragraph>
      </section>
    );
  }
  const titleOf = (id?: string | null) => lines.find((l) => l.id === id)?.title ?? '';
  return (
    <section className="lk-section" id="waarschuwingen" aria-labelledby="budget-warnings-title">
      <Alert type="warning">
        <Heading2 id="budget-warnings-title" tabIndex={-1}>{t('warnings.title')}</Heading2>
        <UnorderedList>
          {warnings.map((w, i) => (
            <UnorderedListItem key={`${w.code}-${w.stream ?? ''}-${w.lineId ?? ''}-${i}`}>
              {t(`warnings.${w.code}`, {
                defaultValue: w.detail,
                stream: w.stream ? vocab.label('FundingStream', w.stream) : '',
                line: titleOf(w.lineId),
              })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </section>
  );
}
