import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ENUM_VALUES } from '@/api/enums';
import { AppLink } from '@/components/AppLink';
import { DataTable } from '@/components/DataTable';
import { TextField } from '@/components/FormField';
import { FormProblem } from '@/components/FormProblem';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoney } from '@/lib/money';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { ReviewProposal, ReviewResult } from '../api/types';
import { usePerformReview } from '../api/use-review-mutations';
import { useReviewProposal } from '../api/use-review-proposal';
import { DecisionStep } from '../components/DecisionStep';
import { reviewPlan, type Choice } from '../lib/decisions';
import '../review.css';

function yearParam(value: string | null): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1900 && year <= 2199 ? year : undefined;
}

function ResultStep({ result, planId }: { result: ReviewResult; planId: string }) {
  const { t, i18n } = useTranslation('review');
  const vocab = useVocabulary();
  return (
    <section className="lk-section" aria-labelledby="review-step-3">
      <Heading2 id="review-step-3">{t('step3.title', { from: result.fromYear, to: result.toYear })}</Heading2>
      <Alert type="ok" role="status">
        <Paragraph>
          {t('step3.done', { continued: result.continued, changed: result.changed, stopped: result.stopped, to: result.toYear })}
        </Paragraph>
      </Alert>
      {result.carriedLines.length > 0 ? (
        <DataTable
          caption={t('step3.linesCaption', { year: result.toYear })}
          rows={result.carriedLines}
          rowKey={(l) => l.lineId}
          columns={[
            { key: 'title', header: t('lines.title'), render: (l) => l.title },
            { key: 'stream', header: t('lines.stream'), render: (l) => vocab.label('FundingStream', l.stream) },
            { key: 'planned', header: t('lines.planned'), numeric: true, render: (l) => formatMoney(l.plannedAmount, i18n.language) },
          ]}
        />
      ) : (
        <Paragraph>{t('step3.noLines')}</Paragraph>
      )}
      {result.skippedLines > 0 ? <Paragraph>{t('step3.skipped', { count: result.skippedLines })}</Paragraph> : null}
      {result.createdBudgets.length > 0 ? (
        <Paragraph>
          {t('step3.budgets', { streams: result.createdBudgets.map((b) => vocab.label('FundingStream', b.stream)).join(', '), year: result.toYear })}
        </Paragraph>
      ) : null}
      <UnorderedList>
        <UnorderedListItem>
          <AppLink to={`/budgetten?jaar=${result.toYear}`}>{t('step3.toBudgets', { year: result.toYear })}</AppLink>
        </UnorderedListItem>
        <UnorderedListItem>
          <AppLink to={`/plan/${planId}`}>{t('backToPlan')}</AppLink>
        </UnorderedListItem>
      </UnorderedList>
    </section>
  );
}

function Wizard({ proposal, planId, editable }: { proposal: ReviewProposal; planId: string; editable: boolean }) {
  const { t, i18n } = useTranslation('review');
  const vocab = useVocabulary();
  const perform = usePerformReview(planId);
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [showMissing, setShowMissing] = useState(false);
  const [notes, setNotes] = useState('');
  const plan = reviewPlan(proposal.items, choices);

  if (perform.data) return <ResultStep result={perform.data} planId={planId} />;

  if (proposal.reviewed) {
    return (
      <section className="lk-section" aria-labelledby="review-done">
        <Heading2 id="review-done">{t('reviewed.title', { year: proposal.fromYear })}</Heading2>
        <DataTable
          caption={t('reviewed.caption', { year: proposal.fromYear })}
          rows={proposal.items}
          rowKey={(i) => i.interventionId}
          columns={[
            { key: 'title', header: t('reviewed.intervention'), render: (i) => i.title },
            { key: 'decision', header: t('reviewed.decision'), render: (i) => (i.decision ? vocab.label('ReviewDecision', i.decision) : '') },
            { key: 'note', header: t('reviewed.note'), render: (i) => i.note },
          ]}
        />
        <Paragraph>
          <AppLink to={`/budgetten?jaar=${proposal.toYear}`}>{t('step3.toBudgets', { year: proposal.toYear })}</AppLink>
        </Paragraph>
      </section>
    );
  }
  if (proposal.items.length === 0) return <Paragraph>{t('empty', { year: proposal.fromYear })}</Paragraph>;
  if (!proposal.toYearInPlan) {
    return (
      <Alert type="warning">
        <Paragraph>{t('outsidePlan', { from: proposal.fromYear, to: proposal.toYear })}</Paragraph>
      </Alert>
    );
  }
  if (!editable) return <Paragraph>{t('viewerOnly')}</Paragraph>;

  if (step === 1) {
    return (
      <DecisionStep
        fromYear={proposal.fromYear}
        items={proposal.items}
        choices={choices}
        showMissing={showMissing}
        onChange={(id, choice) => setChoices((c) => ({ ...c, [id]: choice }))}
        onNext={() => {
          if (plan.counts.open > 0) {
            setShowMissing(true);
            return;
          }
          setStep(2);
        }}
      />
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    perform.mutate({
      fromYear: proposal.fromYear,
      notes,
      decisions: proposal.items.map((item) => ({
        interventionId: item.interventionId,
        decision: choices[item.interventionId]!.decision!,
        note: choices[item.interventionId]!.note,
      })),
    });
  };

  return (
    <section className="lk-section" aria-labelledby="review-step-2">
      <Heading2 id="review-step-2">{t('step2.title')}</Heading2>
      <DataList>
        {ENUM_VALUES.ReviewDecision.map((d) => (
          <DataListItem key={d}>
            <DataListKey>{vocab.label('ReviewDecision', d)}</DataListKey>
            <DataListValue value={String(plan.counts[d])}>{plan.counts[d]}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <Paragraph>{t('step2.effects', { from: proposal.fromYear, to: proposal.toYear })}</Paragraph>
      {plan.carried.length > 0 ? (
        <DataTable
          caption={t('step2.linesCaption', { year: proposal.toYear })}
          rows={plan.carried}
          rowKey={(l) => `${l.intervention}-${l.title}-${l.stream}`}
          columns={[
            { key: 'title', header: t('lines.title'), render: (l) => l.title },
            { key: 'intervention', header: t('reviewed.intervention'), render: (l) => l.intervention },
            { key: 'stream', header: t('lines.stream'), render: (l) => vocab.label('FundingStream', l.stream) },
            { key: 'planned', header: t('lines.planned'), numeric: true, render: (l) => formatMoney(l.plannedAmount, i18n.language) },
          ]}
        />
      ) : (
        <Paragraph>{t('step3.noLines')}</Paragraph>
      )}
      <form onSubmit={onSubmit} noValidate className="lk-form">
        <FormProblem error={perform.error} />
        <TextField label={t('step2.notes')} name="review-notes" value={notes} onChange={(e) => setNotes(e.target.value)}
          description={t('step2.notesHelp')} />
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => setStep(1)}>{t('step2.back')}</Button>
          <Button type="submit" appearance="primary-action-button" busy={perform.isPending} disabled={perform.isPending}>
            {t('step2.submit', { to: proposal.toYear })}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

export function ReviewWizardPage() {
  const { t } = useTranslation('review');
  const { planId = '' } = useParams();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const fromYear = yearParam(params.get('van'));
  const proposal = useReviewProposal(planId, fromYear);
  const [typed, setTyped] = useState(fromYear ? String(fromYear) : '');
  const shownYear = proposal.data?.fromYear ?? fromYear;

  // Left out, the server picks the year; pin it in the address so the wizard stays on it after the review.
  const proposedYear = proposal.data?.fromYear;
  useEffect(() => {
    if (!fromYear && proposedYear) setParams({ van: String(proposedYear) }, { replace: true });
  }, [fromYear, proposedYear, setParams]);

  const onPick = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const year = yearParam(typed);
    if (year) setParams({ van: String(year) });
  };

  return (
    <>
      <PageHeader title={shownYear ? t('title', { year: shownYear }) : t('titleNoYear')} description={t('intro')} />
      <Paragraph>
        <AppLink to={`/plan/${planId}`}>{t('backToPlan')}</AppLink>
      </Paragraph>
      <form onSubmit={onPick} noValidate className="lk-form lk-inline-form" aria-label={t('yearPicker.label')}>
        <TextField label={t('yearPicker.field')} name="van" inputMode="numeric" value={typed || (shownYear ? String(shownYear) : '')}
          onChange={(e) => setTyped(e.target.value)} />
        <Button type="submit" appearance="secondary-action-button">{t('yearPicker.show')}</Button>
      </form>
      {proposal.isPending ? (
        <LoadingState />
      ) : proposal.isError ? (
        <ProblemAlert error={proposal.error} />
      ) : (
        <Wizard key={proposal.data.fromYear} proposal={proposal.data} planId={planId} editable={canWrite(me.role)} />
      )}
    </>
  );
}
