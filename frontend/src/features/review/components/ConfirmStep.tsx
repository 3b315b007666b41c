import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { TextField } from '@/components/FormField';
import { FormProblem } from '@/components/FormProblem';
import { MoneyField, moneyMessage } from '@/components/MoneyField';
import { useVocabulary } from '@/i18n/vocabulary';
import { isApiProblem, translatedFieldError } from '@/lib/api-problem';
import { formatMoney, formatMoneyInput, readMoney } from '@/lib/money';
import type { ReviewCreate, ReviewProposal, Stream } from '../api/types';
import { reviewPlan, toCents, type Choice } from '../lib/decisions';

const lineKey = (id: string) => `line-${id}`;
const budgetKey = (stream: Stream) => `budget-${stream}`;

/** Step 2: everything the review will write, shown for confirmation before anything is written; next year's
 * amounts can be changed here (a ring-fenced line never above this year's). */
export function ConfirmStep({ proposal, choices, onBack, onSubmit, error, busy }: {
  proposal: ReviewProposal;
  choices: Record<string, Choice>;
  onBack: () => void;
  onSubmit: (body: ReviewCreate, sentLines: string[]) => void;
  error: unknown;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation('review');
  const vocab = useVocabulary();
  const lang = i18n.language;
  const money = (value: string | null | undefined) => formatMoney(value, lang);
  const [editing, setEditing] = useState(false);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<Record<string, string> | null>(null);
  const [notes, setNotes] = useState('');
  const [sentLines, setSentLines] = useState<string[]>([]);

  // What the typed amounts read as (unreadable ones stay at the proposal until they read).
  const readAll = (prefix: string) => Object.fromEntries(Object.entries(texts).flatMap(([key, text]) => {
    const reading = readMoney(text, lang);
    return key.startsWith(prefix) && reading.ok ? [[key.slice(prefix.length), reading.value]] : [];
  }));
  const plan = reviewPlan(proposal, choices, readAll('line-'), readAll('budget-'));
  const streamLabel = (stream: Stream) => vocab.label('FundingStream', stream);

  // The server's field errors on the amounts it was sent, by the field they are about.
  const serverErrors: Record<string, string> = {};
  if (isApiProblem(error)) {
    for (const e of error.errors) {
      const line = /^\/lineAmounts\/(\d+)\//.exec(e.pointer ?? '');
      const id = line ? sentLines[Number(line[1])] : undefined;
      if (id) serverErrors[lineKey(id)] = translatedFieldError(e);
    }
  }
  const fieldError = (key: string) => invalid?.[key] ?? serverErrors[key];

  const startEditing = () => {
    setTexts((current) => {
      const next = { ...current };
      for (const c of plan.carried) next[lineKey(c.line.id)] ??= formatMoneyInput(c.line.proposedAmount, lang);
      for (const s of plan.streams) if (s.creates) next[budgetKey(s.stream)] ??= formatMoneyInput(s.nextAmount, lang);
      return next;
    });
    setEditing(true);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const lineAmounts: ReviewCreate['lineAmounts'] = [];
    const budgetAmounts: ReviewCreate['budgetAmounts'] = [];
    for (const c of plan.carried) {
      const text = texts[lineKey(c.line.id)];
      if (text === undefined) continue;
      const reading = readMoney(text, lang);
      const message = moneyMessage(reading, t, lang, true);
      if (message || !reading.ok) {
        errors[lineKey(c.line.id)] = message ?? '';
      } else if (c.line.maxAmount && toCents(reading.value) > toCents(c.line.maxAmount)) {
        errors[lineKey(c.line.id)] = t('confirm.aboveRingFence', { title: c.line.title, max: money(c.line.maxAmount) });
      } else if (toCents(reading.value) !== toCents(c.line.proposedAmount)) {
        lineAmounts.push({ lineId: c.line.id, plannedAmount: reading.value });
      }
    }
    for (const s of plan.streams.filter((x) => x.creates)) {
      const text = texts[budgetKey(s.stream)];
      if (text === undefined) continue;
      const reading = readMoney(text, lang);
      const message = moneyMessage(reading, t, lang, true);
      if (message || !reading.ok) errors[budgetKey(s.stream)] = message ?? '';
      else budgetAmounts.push({ stream: s.stream, amount: reading.value });
    }
    if (Object.keys(errors).length > 0) {
      setInvalid(errors);
      setEditing(true);
      return;
    }
    setInvalid(null);
    const sent = lineAmounts.map((l) => l.lineId);
    setSentLines(sent);
    onSubmit({
      fromYear: proposal.fromYear,
      notes,
      decisions: proposal.items.map((item) => ({
        interventionId: item.interventionId,
        decision: choices[item.interventionId]?.decision ?? 'continue',
        note: choices[item.interventionId]?.note ?? '',
      })),
      lineAmounts,
      budgetAmounts,
    }, sent);
  };

  const from = proposal.fromYear;
  const to = proposal.toYear;
  const nextBudget = (s: (typeof plan.streams)[number]) =>
    s.nextAmount === null ? t('confirm.noBudget')
      : t(s.creates ? 'confirm.budgetNew' : 'confirm.budgetKept', { amount: money(s.nextAmount) });

  return (
    <section className="lk-section lk-review-confirm lk-stacks" aria-labelledby="review-step-2">
      <Heading2 id="review-step-2" tabIndex={-1}>{t('step2.title')}</Heading2>
      <Paragraph>{t('confirm.counts', { continued: plan.counts.continue, changed: plan.counts.change, stopped: plan.counts.stop })}</Paragraph>
      <Paragraph>{t('step2.effects', { from, to })}</Paragraph>

      <Heading3 id="review-stops">{t('confirm.stopsTitle')}</Heading3>
      {plan.stopped.length > 0 ? (
        <UnorderedList aria-labelledby="review-stops">
          {plan.stopped.map((s) => (
            <UnorderedListItem key={s.interventionId}>
              {s.freed.length > 0
                ? t('confirm.stopFrees', {
                  title: s.title,
                  freed: s.freed.map((f) => `${streamLabel(f.stream)} ${money(f.amount)}`).join(', '),
                })
                : t('confirm.stopFreesNothing', { title: s.title })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t('confirm.nothingStops')}</Paragraph>
      )}

      <DataTable
        caption={t('confirm.streamsCaption', { from, to })}
        rows={plan.streams}
        rowKey={(s) => s.stream}
        columns={[
          { key: 'stream', header: t('lines.stream'), render: (s) => streamLabel(s.stream) },
          { key: 'from', header: t('confirm.budgetOf', { year: from }), numeric: true, render: (s) => (s.amount ? money(s.amount) : t('confirm.noBudget')) },
          { key: 'to', header: t('confirm.budgetOf', { year: to }), numeric: true, render: nextBudget },
          { key: 'planned', header: t('confirm.plannedIn', { year: to }), numeric: true, render: (s) => money(s.planned) },
          { key: 'freed', header: t('confirm.freed'), numeric: true, render: (s) => money(s.freed) },
        ]}
      />

      {plan.streams.map((s) => {
        const rows = plan.carried.filter((c) => c.line.stream === s.stream);
        if (rows.length === 0) return null;
        return (
          <DataTable
            key={s.stream}
            caption={t('confirm.linesCaption', { stream: streamLabel(s.stream), year: to })}
            rows={rows}
            rowKey={(c) => c.line.id}
            columns={[
              { key: 'title', header: t('lines.title'), render: (c) => c.line.title },
              { key: 'kind', header: t('confirm.kind'), render: (c) => vocab.label('LineKind', c.line.kind) },
              { key: 'from', header: t('confirm.amountIn', { year: from }), numeric: true, render: (c) => money(c.line.plannedAmount) },
              { key: 'to', header: t('confirm.amountIn', { year: to }), numeric: true, render: (c) => money(c.amount) },
              { key: 'max', header: t('confirm.maxIn', { year: to }), numeric: true, render: (c) => (c.line.maxAmount ? money(c.line.maxAmount) : '') },
            ]}
          />
        );
      })}

      <Heading3>{t('confirm.skippedTitle', { to })}</Heading3>
      {plan.skipped.length > 0 ? (
        <DataTable
          caption={t('confirm.skippedCaption', { to })}
          rows={plan.skipped}
          rowKey={(s) => s.line.id}
          columns={[
            { key: 'title', header: t('lines.title'), render: (s) => s.line.title },
            { key: 'stream', header: t('lines.stream'), render: (s) => streamLabel(s.line.stream) },
            { key: 'amount', header: t('confirm.amountIn', { year: from }), numeric: true, render: (s) => money(s.line.plannedAmount) },
            { key: 'why', header: t('confirm.why'), render: (s) => vocab.label('LineSkip', s.reason) },
          ]}
        />
      ) : (
        <Paragraph>{t('confirm.allCarried')}</Paragraph>
      )}

      <Heading3>{t('confirm.teamsTitle')}</Heading3>
      <Paragraph>
        {proposal.teams.length === 0
          ? t('confirm.noTeams', { from })
          : proposal.teams[0]?.skip
            ? vocab.label('TeamSkip', proposal.teams[0].skip)
            : t('confirm.teamsCarried', { count: proposal.teams.length, from, to })}
      </Paragraph>

      <form onSubmit={submit} noValidate className="lk-form">
        <FormProblem error={error} invalid={invalid} />
        {editing ? (
          <>
            {plan.streams.some((s) => s.creates) ? (
              <Fieldset>
                <FieldsetLegend>{t('confirm.budgetsLegend', { year: to })}</FieldsetLegend>
                {plan.streams.filter((s) => s.creates).map((s) => (
                  <MoneyField key={s.stream} name={budgetKey(s.stream)} required
                    label={t('confirm.budgetField', { stream: streamLabel(s.stream), year: to })}
                    value={texts[budgetKey(s.stream)] ?? ''}
                    onChange={(text) => setTexts((c) => ({ ...c, [budgetKey(s.stream)]: text }))}
                    error={fieldError(budgetKey(s.stream))} />
                ))}
              </Fieldset>
            ) : null}
            {plan.streams.map((s) => {
              const rows = plan.carried.filter((c) => c.line.stream === s.stream);
              if (rows.length === 0) return null;
              return (
                <Fieldset key={s.stream}>
                  <FieldsetLegend>{t('confirm.linesLegend', { stream: streamLabel(s.stream), year: to })}</FieldsetLegend>
                  {rows.map((c) => (
                    <MoneyField key={c.line.id} name={lineKey(c.line.id)} required
                      label={t('confirm.lineField', { title: c.line.title, year: to })}
                      description={c.line.maxAmount
                        ? t('confirm.lineHelpCapped', { amount: money(c.line.plannedAmount), year: from })
                        : t('confirm.lineHelp', { amount: money(c.line.plannedAmount), year: from })}
                      value={texts[lineKey(c.line.id)] ?? ''}
                      onChange={(text) => setTexts((x) => ({ ...x, [lineKey(c.line.id)]: text }))}
                      error={fieldError(lineKey(c.line.id))} />
                  ))}
                </Fieldset>
              );
            })}
          </>
        ) : (
          <ButtonGroup>
            <Button type="button" appearance="secondary-action-button" onClick={startEditing}>
              {t('confirm.editAmounts', { year: to })}
            </Button>
          </ButtonGroup>
        )}
        <TextField label={t('step2.notes')} name="review-notes" value={notes} onChange={(e) => setNotes(e.target.value)}
          description={t('step2.notesHelp')} />
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={onBack}>{t('step2.back')}</Button>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('step2.submit', { to })}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
