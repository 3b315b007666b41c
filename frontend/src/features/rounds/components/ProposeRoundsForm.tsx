import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { SelectField } from '@/components/FormField';
import { formFieldErrors } from '@/components/FormProblem';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import type { AnonymityMode, ProposedRound } from '../api/types';
import { useRoundCreation } from '../api/use-round-mutations';
import { useInstrumentOptions, useProposedRounds } from '../api/use-rounds';
import { fromLocalInput, toLocalInput } from '../lib/times';
import { AnonymityChoice } from './AnonymityChoice';

interface Edit { opensAt: string; closesAt: string }

/** "Vier metingen voorstellen": choose the instrument and the anonymity, see the proposed rounds with their dates
 * (editable), create them in one step. */
export function ProposeRoundsForm({ cohortId, onCancel, onDone }: { cohortId: string; onCancel: () => void;
  onDone: (count: number) => void }) {
  const { t } = useTranslation('rounds');
  const vocab = useVocabulary();
  const instruments = useInstrumentOptions('effect_measurement');
  const [instrumentId, setInstrumentId] = useState('');
  const [anonymity, setAnonymity] = useState<AnonymityMode>('pseudonymous');
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const proposal = useProposedRounds(cohortId, instrumentId);
  const { createForCohort } = useRoundCreation();
  const errors = formFieldErrors(createForCohort.error);

  const value = (item: ProposedRound): Edit => edits[item.moment] ?? { opensAt: toLocalInput(item.opensAt),
    closesAt: toLocalInput(item.closesAt) };
  const set = (item: ProposedRound, change: Partial<Edit>) =>
    setEdits({ ...edits, [item.moment]: { ...value(item), ...change } });
  const items = proposal.data?.items ?? [];

  return (
    <form className="lk-form lk-round-propose" noValidate aria-labelledby="propose-rounds" onSubmit={(event) => {
      event.preventDefault();
      createForCohort.mutate({ cohortId, instrumentId, anonymity, rounds: items.map((item) => ({
        moment: item.moment, opensAt: fromLocalInput(value(item).opensAt), closesAt: fromLocalInput(value(item).closesAt),
      })) }, { onSuccess: (answer) => onDone(answer.items.length) });
    }}>
      <Heading3 id="propose-rounds">{t('propose.title')}</Heading3>
      <Paragraph>{t('propose.intro')}</Paragraph>
      {instruments.isPending ? <LoadingState /> : instruments.isError ? <ProblemAlert error={instruments.error} headingLevel={3} />
        : instruments.data.length === 0 ? <Paragraph>{t('propose.noInstruments')}</Paragraph> : (
          <SelectField label={t('propose.instrument')} name="instrumentId" description={t('propose.instrumentHelp')}
            required value={instrumentId} error={errors.instrumentId}
            onChange={(event) => { setInstrumentId(event.target.value); setEdits({}); }}
            options={[{ value: '', label: t('propose.choose') },
              ...instruments.data.map((i) => ({ value: i.id, label: `${i.title} (v${i.version})` }))]} />
        )}
      <AnonymityChoice name="propose-anonymity" value={anonymity} onChange={setAnonymity} />
      {instrumentId && proposal.isPending ? <LoadingState /> : null}
      {proposal.isError ? <ProblemAlert error={proposal.error} headingLevel={3} /> : null}
      {instrumentId && proposal.data ? (items.length === 0 ? <Paragraph>{t('propose.nothing')}</Paragraph> : (
        <DataTable caption={t('propose.caption')} rows={items} rowKey={(item) => item.moment} columns={[
          { key: 'moment', header: t('panel.moment'), render: (item) => vocab.label('RoundMoment', item.moment) },
          { key: 'opens', header: t('propose.opensAt'), render: (item) => {
            const index = items.indexOf(item);
            return <input type="datetime-local" className="utrecht-textbox utrecht-textbox--html-input"
              value={value(item).opensAt} aria-invalid={errors[`rounds.${index}.opensAt`] ? true : undefined}
              aria-label={t('propose.opensOf', { moment: vocab.label('RoundMoment', item.moment) })}
              onChange={(event) => set(item, { opensAt: event.target.value })} />;
          } },
          { key: 'closes', header: t('propose.closesAt'), render: (item) => {
            const index = items.indexOf(item);
            return <input type="datetime-local" className="utrecht-textbox utrecht-textbox--html-input"
              value={value(item).closesAt} aria-invalid={errors[`rounds.${index}.closesAt`] ? true : undefined}
              aria-label={t('propose.closesOf', { moment: vocab.label('RoundMoment', item.moment) })}
              onChange={(event) => set(item, { closesAt: event.target.value })} />;
          } },
        ]} />
      )) : null}
      {createForCohort.error ? <ProblemAlert error={createForCohort.error} headingLevel={3} /> : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button"
          disabled={!instrumentId || items.length === 0 || createForCohort.isPending}>{t('propose.submit')}</Button>
        <Button appearance="subtle-button" onClick={onCancel}>{t('propose.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
