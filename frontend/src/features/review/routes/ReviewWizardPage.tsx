import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DataTable } from '@/components/DataTable';
import { TextField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoney } from '@/lib/money';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { ReviewProposal, ReviewResult } from '../api/types';
import { usePerformReview } from '../api/use-review-mutations';
import { useReviewProposal } from '../api/use-review-proposal';
import { ConfirmStep } from '../components/ConfirmStep';
import { DecisionStep } from '../components/DecisionStep';
import { allContinue, type Choice } from '../lib/decisions';
import { describeEvaluation } from '../lib/evaluation';
import '../review.css';

function yearParam(value: string | null): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1900 && year <= 2199 ? year : undefined;
}

function ResultStep({ result, planId }: { result: ReviewResult; planId: string }) {
  const { t, i18n } = useTranslation('review');
  const vocab = useVocabulary();
  const money = (value: string) => formatMoney(value, i18n.language);
  const streamLabel = (stream: ReviewResult['freed'][number]['stream']) => vocab.label('FundingStream', stream);
  return (
    <section className="lk-section lk-review-confirm lk-stacks" aria-labelledby="review-step-3">
      <Heading2 id="review-step-3">{t('step3.title', { from: result.fromYear, to: result.toYear })}</Heading2>
      <Alert type="ok" role="status">
        <Paragraph>
          {t('step3.done', { continued: result.continued, changed: result.changed, stopped: result.stopped, to: result.toYear })}
        </Paragraph>
        {result.stoppedInterventions.length > 0 ? (
          <Paragraph>
            {t('step3.stopped', { names: result.stoppedInterventions.map((s) => s.title).join(', ') })}
            {result.freed.length > 0
              ? ` ${t('step3.freed', { freed: result.freed.map((f) => `${streamLabel(f.stream)} ${money(f.amount)}`).join(', ') })}`
              : ''}
          </Paragraph>
        ) : null}
      </Alert>
      {result.createdBudgets.length > 0 ? (
        <Paragraph>
          {t('step3.budgets', {
            streams: result.createdBudgets.map((b) => `${streamLabel(b.stream)} (${money(b.amount)})`).join(', '),
            year: result.toYear,
          })}
        </Paragraph>
      ) : null}
      {result.carriedLines.length > 0 ? (
        <DataTable
          caption={t('step3.linesCaption', { year: result.toYear })}
          rows={result.carriedLines}
          rowKey={(l) => l.lineId}
          columns={[
            { key: 'title', header: t('lines.title'), render: (l) => l.title },
            { key: 'kind', header: t('confirm.kind'), render: (l) => vocab.label('LineKind', l.kind) },
            { key: 'stream', header: t('lines.stream'), render: (l) => streamLabel(l.stream) },
            { key: 'planned', header: t('lines.planned'), numeric: true, render: (l) => money(l.plannedAmount) },
          ]}
        />
      ) : (
        <Paragraph>{t('step3.noLines')}</Paragraph>
      )}
      {result.skippedLines.length > 0 ? (
        <DataTable
          caption={t('confirm.skippedCaption', { to: result.toYear })}
          rows={result.skippedLines}
          rowKey={(l) => l.lineId}
          columns={[
            { key: 'title', header: t('lines.title'), render: (l) => l.title },
            { key: 'stream', header: t('lines.stream'), render: (l) => streamLabel(l.stream) },
            { key: 'planned', header: t('lines.planned'), numeric: true, render: (l) => money(l.plannedAmount) },
            { key: 'why', header: t('confirm.why'), render: (l) => vocab.label('LineSkip', l.reason) },
          ]}
        />
      ) : null}
      {result.carriedTeams.length > 0 ? (
        <Paragraph>{t('step3.teams', { count: result.carriedTeams.length, year: result.toYear })}</Paragraph>
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
  const [step, setStep] = useState<1 | 2>(1);
  const [choices, setChoices] = useState<Record<string, Choice>>(() => allContinue(proposal));

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
            { key: 'evaluation', header: t('evaluation.label'), render: (i) => describeEvaluation(i.evaluation, t, i18n.language).text },
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

  const toStep = (next: 1 | 2) => {
    setStep(next);
    // The new step's heading takes the focus, so a keyboard user continues there.
    requestAnimationFrame(() => document.getElementById(`review-step-${next}`)?.focus());
  };

  if (step === 1) {
    return (
      <DecisionStep
        fromYear={proposal.fromYear}
        items={proposal.items}
        choices={choices}
        onChange={(id, choice) => setChoices((c) => ({ ...c, [id]: choice }))}
        onAllContinue={() => setChoices(allContinue(proposal))}
        onNext={() => toStep(2)}
      />
    );
  }
  return (
    <ConfirmStep
      proposal={proposal}
      choices={choices}
      onBack={() => toStep(1)}
      onSubmit={(body) => perform.mutate(body)}
      error={perform.error}
      busy={perform.isPending}
    />
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
