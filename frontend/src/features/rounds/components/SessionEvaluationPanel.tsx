import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { Notice } from '@/components/Notice';
import { ProblemAlert } from '@/components/ProblemAlert';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { AnonymityMode } from '../api/types';
import { useRoundCreation } from '../api/use-round-mutations';
import { useProposedEvaluation, useRounds } from '../api/use-rounds';
import { periodOf } from '../lib/rounds';
import { AnonymityChoice } from './AnonymityChoice';
import { Completion } from './Completion';
import './rounds.css';

/** The session page's evaluation: a link to its evaluation round when it has one; else, when the session needs
 * one (held, its intervention a day or longer), "Evaluatie voorstellen". Nothing otherwise. */
export function SessionEvaluationPanel({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation('rounds');
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const rounds = useRounds({ sessionId });
  const proposed = useProposedEvaluation(sessionId);
  const { createEvaluation } = useRoundCreation();
  const [anonymity, setAnonymity] = useState<AnonymityMode>('anonymous');
  const [done, setDone] = useState(false);
  const existing = rounds.data?.items ?? [];
  const proposal = proposed.data?.proposal ?? null;

  if (existing.length === 0 && !proposal) return null;
  return (
    <section className="lk-section" aria-labelledby="session-evaluation">
      <Heading2 id="session-evaluation">{t('evaluation.title')}</Heading2>
      {done ? <Notice>{t('evaluation.done')}</Notice> : null}
      {existing.length > 0 ? (
        <ul className="lk-round-links">
          {existing.map((round) => (
            <li key={round.id}>
              <AppLink to={`/rondes/${round.id}`}>{t('evaluation.open')}: {round.title}</AppLink>
              <br /><span className="lk-muted">{periodOf(round.opensAt, round.closesAt, i18n.language, t)}</span>
              <br /><Completion completion={round.completion} />
            </li>
          ))}
        </ul>
      ) : proposal ? (
        <>
          <Paragraph>{t('evaluation.intro')}</Paragraph>
          {!proposal.instrumentId ? <Paragraph>{t('evaluation.noInstrument')}</Paragraph> : editor ? (
            <form className="lk-form" noValidate onSubmit={(event) => {
              event.preventDefault();
              if (!proposal.instrumentId) return;
              createEvaluation.mutate({ instrumentId: proposal.instrumentId, sessionId, opensAt: proposal.opensAt,
                closesAt: proposal.closesAt, anonymity }, { onSuccess: () => setDone(true) });
            }}>
              <Paragraph>{periodOf(proposal.opensAt, proposal.closesAt, i18n.language, t)}</Paragraph>
              <AnonymityChoice name="evaluation-anonymity" value={anonymity} onChange={setAnonymity} />
              {createEvaluation.error ? <ProblemAlert error={createEvaluation.error} headingLevel={3} /> : null}
              <ButtonGroup>
                <Button type="submit" appearance="primary-action-button" disabled={createEvaluation.isPending}>
                  {t('evaluation.propose')}</Button>
              </ButtonGroup>
            </form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
