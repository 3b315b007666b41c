import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  RadioButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES } from '@/api/enums';
import { DataTable } from '@/components/DataTable';
import { TextField } from '@/components/FormField';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoney } from '@/lib/money';
import type { ReviewItem } from '../api/types';
import type { Choice } from '../lib/decisions';
import { describeEvaluation } from '../lib/evaluation';

/** An intervention's evaluations of the year under review beside its decision: how many, and each aspect's mean
 * on its scale ("Trainer 4,3 van 5", "Rapportcijfer 7,8"); or why they are not shown; or that it was not evaluated. */
export function EvaluationSlot({ item }: { item: ReviewItem }) {
  const { t, i18n } = useTranslation('review');
  const { text, count, aspects } = describeEvaluation(item.evaluation, t, i18n.language);
  return (
    <DataList className="lk-review-evaluation">
      <DataListItem>
        <DataListKey>{t('evaluation.label')}</DataListKey>
        <DataListValue value={text}>
          {count ?? text}
          {aspects.length > 0 && (
            <UnorderedList className="lk-review-aspects">
              {aspects.map((line) => <UnorderedListItem key={line}>{line}</UnorderedListItem>)}
            </UnorderedList>
          )}
        </DataListValue>
      </DataListItem>
    </DataList>
  );
}

/** Step 1: a decision (and a note) per intervention of the year, starting from "alles doorgaan", with its budget
 * lines and its evaluation for reference. */
export function DecisionStep({ fromYear, items, choices, onChange, onAllContinue, onNext }: {
  fromYear: number;
  items: ReviewItem[];
  choices: Record<string, Choice>;
  onChange: (id: string, choice: Choice) => void;
  onAllContinue: () => void;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation('review');
  const vocab = useVocabulary();
  const lang = i18n.language;
  return (
    <section className="lk-section lk-review-confirm lk-stacks" aria-labelledby="review-step-1">
      <Heading2 id="review-step-1" tabIndex={-1}>{t('step1.title', { year: fromYear })}</Heading2>
      <Paragraph>{t('step1.intro')}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={onAllContinue}>{t('step1.allContinue')}</Button>
      </ButtonGroup>
      {items.map((item) => {
        const choice = choices[item.interventionId] ?? { decision: 'continue', note: '' };
        return (
          <Fieldset key={item.interventionId} className="lk-review-item">
            <FieldsetLegend>{item.title}</FieldsetLegend>
            {item.lines.length > 0 ? (
              <DataTable
                caption={t('step1.linesCaption', { title: item.title, year: fromYear })}
                rows={item.lines}
                rowKey={(l) => l.id}
                columns={[
                  { key: 'title', header: t('lines.title'), render: (l) => l.title },
                  { key: 'stream', header: t('lines.stream'), render: (l) => vocab.label('FundingStream', l.stream) },
                  { key: 'planned', header: t('lines.planned'), numeric: true, render: (l) => formatMoney(l.plannedAmount, lang) },
                  { key: 'committed', header: t('lines.committed'), numeric: true, render: (l) => formatMoney(l.committed, lang) },
                  { key: 'spent', header: t('lines.spent'), numeric: true, render: (l) => formatMoney(l.spent, lang) },
                ]}
              />
            ) : (
              <Paragraph>{t('step1.noLines')}</Paragraph>
            )}
            <EvaluationSlot item={item} />
            <div className="lk-radio-row" role="radiogroup" aria-label={t('step1.decisionFor', { title: item.title })}>
              {ENUM_VALUES.ReviewDecision.map((decision) => {
                const id = `decision-${item.interventionId}-${decision}`;
                return (
                  <FormField key={decision} type="radio">
                    <RadioButton
                      id={id}
                      name={`decision-${item.interventionId}`}
                      value={decision}
                      checked={choice.decision === decision}
                      onChange={() => onChange(item.interventionId, { ...choice, decision })}
                    />
                    <FormLabel htmlFor={id} type="radio">{vocab.label('ReviewDecision', decision)}</FormLabel>
                  </FormField>
                );
              })}
            </div>
            <TextField
              label={t('step1.note', { title: item.title })}
              name={`note-${item.interventionId}`}
              value={choice.note}
              onChange={(e) => onChange(item.interventionId, { ...choice, note: e.target.value })}
            />
          </Fieldset>
        );
      })}
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={onNext}>{t('step1.next')}</Button>
      </ButtonGroup>
    </section>
  );
}
