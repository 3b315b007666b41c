import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { DataTable } from '@/components/DataTable';
import { LoadingState } from '@/components/LoadingState';
import { Notice } from '@/components/Notice';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useRounds } from '../api/use-rounds';
import { periodOf } from '../lib/rounds';
import { Completion } from './Completion';
import { ProposeRoundsForm } from './ProposeRoundsForm';
import { RoundStateTag } from './RoundStateTag';
import './rounds.css';

/** The cohort page's "Metingen": its rounds with state, moment, period and completion; "Vier metingen
 * voorstellen" for editors. */
export function CohortRoundsPanel({ cohortId }: { cohortId: string }) {
  const { t, i18n } = useTranslation('rounds');
  const vocab = useVocabulary();
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const rounds = useRounds({ cohortId });
  const [proposing, setProposing] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  return (
    <section className="lk-section" aria-labelledby="cohort-rounds">
      <Heading2 id="cohort-rounds">{t('panel.title')}</Heading2>
      <Paragraph>{t('panel.intro')}</Paragraph>
      <Paragraph><AppLink to={`/cohorten/${cohortId}/effectrapportage`}>{t('panel.report')}</AppLink></Paragraph>
      {done ? <Notice>{done}</Notice> : null}
      {rounds.isPending ? <LoadingState /> : rounds.isError ? <ProblemAlert error={rounds.error} headingLevel={3} /> :
        rounds.data.items.length === 0 ? <Paragraph>{t('panel.none')}</Paragraph> : (
          <DataTable caption={t('panel.caption')} rows={rounds.data.items} rowKey={(r) => r.id} columns={[
            { key: 'round', header: t('panel.round'), render: (r) => <AppLink to={`/rondes/${r.id}`}>{r.title}</AppLink> },
            { key: 'moment', header: t('panel.moment'), render: (r) => vocab.label('RoundMoment', r.moment) },
            { key: 'state', header: t('panel.state'), render: (r) => <RoundStateTag state={r.state} /> },
            { key: 'when', header: t('panel.when'), render: (r) => periodOf(r.opensAt, r.closesAt, i18n.language, t) },
            { key: 'completion', header: t('panel.completion'), render: (r) => <Completion completion={r.completion} /> },
          ]} />
        )}
      {editor && !proposing ? (
        <Button appearance="secondary-action-button" onClick={() => { setProposing(true); setDone(null); }}>
          {t('propose.open')}</Button>
      ) : null}
      {editor && proposing ? (
        <ProposeRoundsForm cohortId={cohortId} onCancel={() => setProposing(false)}
          onDone={(count) => { setProposing(false); setDone(t('propose.done', { count })); }} />
      ) : null}
    </section>
  );
}
