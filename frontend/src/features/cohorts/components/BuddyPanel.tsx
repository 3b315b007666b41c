import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { SelectField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCohortWork } from '../api/use-cohort-mutations';
import { useBuddyPairs } from '../api/use-cohorts';
import type { CohortPerson } from '../api/types';

interface Draft { pairs: [CohortPerson, CohortPerson][]; unpaired: CohortPerson[]; seed: number }

function byName(people: CohortPerson[]): CohortPerson[] {
  return [...people].sort((a, b) => a.name.localeCompare(b.name));
}

/** Buddy pairs among the participants: propose (across teams), propose again, unpair and pair by hand, save. */
export function BuddyPanel({ cohortId, canEdit }: { cohortId: string; canEdit: boolean }) {
  const { t } = useTranslation('cohorts');
  const saved = useBuddyPairs(cohortId);
  const work = useCohortWork(cohortId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const shown = draft ?? (saved.data ? { pairs: saved.data.pairs.map((p) => [p.first, p.second] as [CohortPerson,
    CohortPerson]), unpaired: saved.data.unpaired, seed: 0 } : null);

  const propose = (seed: number) => work.propose.mutate(seed, {
    onSuccess: (p) => setDraft({ pairs: p.pairs.map((x) => [x.first, x.second]), unpaired: p.unpaired, seed }),
  });
  const edit = (change: (d: Draft) => Draft) => shown && setDraft(change({ ...shown }));

  return (
    <section className="lk-section" aria-labelledby="cohort-buddies">
      <Heading2 id="cohort-buddies">{t('buddies.title')}</Heading2>
      <Paragraph>{t('buddies.intro')}</Paragraph>
      {saved.isPending ? <LoadingState /> : saved.isError ? <ProblemAlert error={saved.error} /> : shown ? (
        <>
          {draft ? <Paragraph className="lk-muted" role="status">{t('buddies.unsaved')}</Paragraph> : null}
          {shown.pairs.length === 0 ? <Paragraph>{t('buddies.none')}</Paragraph> : (
            <DataTable caption={t('buddies.caption', { count: shown.pairs.length })} rows={shown.pairs}
              rowKey={([a, b]) => `${a.id}-${b.id}`} columns={[
                { key: 'first', header: t('buddies.first'), render: ([a]) => `${a.name} (${a.team || '-'})` },
                { key: 'second', header: t('buddies.second'), render: ([, b]) => `${b.name} (${b.team || '-'})` },
                ...(canEdit ? [{ key: 'unpair', header: t('people.actions'),
                  render: ([a, b]: [CohortPerson, CohortPerson]) => (
                    <Button appearance="subtle-button" aria-label={t('buddies.unpairOf', { first: a.name, second: b.name })}
                      onClick={() => edit((d) => ({ ...d, pairs: d.pairs.filter(([x]) => x.id !== a.id),
                        unpaired: byName([...d.unpaired, a, b]) }))}>{t('buddies.unpair')}</Button>
                  ) }] : []),
              ]} />
          )}
          {shown.unpaired.length > 0 ? (
            <Paragraph>{t('buddies.unpaired', { names: shown.unpaired.map((p) => p.name).join(', '),
              count: shown.unpaired.length })}</Paragraph>
          ) : null}
          {canEdit && shown.unpaired.length >= 2 ? (
            <form className="lk-filters" aria-label={t('buddies.pairLabel')} onSubmit={(event) => {
              event.preventDefault();
              const a = shown.unpaired.find((p) => p.id === first);
              const b = shown.unpaired.find((p) => p.id === second);
              if (!a || !b || a.id === b.id) return;
              edit((d) => ({ ...d, pairs: [...d.pairs, [a, b]], unpaired: d.unpaired.filter((p) => p !== a && p !== b) }));
              setFirst(''); setSecond('');
            }}>
              {[['first', first, setFirst], ['second', second, setSecond]].map(([key, value, set]) => (
                <SelectField key={key as string} label={t(`buddies.${key as string}`)} name={`pair-${key as string}`}
                  value={value as string} onChange={(event) => (set as (v: string) => void)(event.target.value)}
                  options={[{ value: '', label: t('buddies.choose') },
                    ...shown.unpaired.map((p) => ({ value: p.id, label: p.name }))]} />
              ))}
              <div className="lk-form-actions">
                <Button type="submit" appearance="secondary-action-button">{t('buddies.pair')}</Button>
              </div>
            </form>
          ) : null}
          {work.propose.error || work.savePairs.error ? (
            <ProblemAlert error={work.propose.error ?? work.savePairs.error} headingLevel={3} />
          ) : null}
          {canEdit ? (
            <ButtonGroup>
              <Button appearance={draft ? 'secondary-action-button' : 'primary-action-button'}
                disabled={work.propose.isPending} onClick={() => propose(draft ? draft.seed + 1 : 1)}>
                {draft ? t('buddies.proposeAgain') : t('buddies.propose')}
              </Button>
              {draft ? (
                <>
                  <Button appearance="primary-action-button" disabled={work.savePairs.isPending}
                    onClick={() => work.savePairs.mutate(draft.pairs.map(([a, b]) => ({ firstPersonId: a.id,
                      secondPersonId: b.id })), { onSuccess: () => setDraft(null) })}>{t('buddies.save')}</Button>
                  <Button appearance="subtle-button" onClick={() => { setDraft(null); work.savePairs.reset(); }}>
                    {t('buddies.discard')}</Button>
                </>
              ) : null}
            </ButtonGroup>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
