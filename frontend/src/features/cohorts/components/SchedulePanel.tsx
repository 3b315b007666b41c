import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { Notice } from '@/components/Notice';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateLong } from '@/lib/format';
import { formFieldErrors } from '@/components/FormProblem';
import { useCohortWork } from '../api/use-cohort-mutations';
import type { Move, ProposedItem, ScheduleAnswer } from '../api/types';

interface Edit { day: string; startsAt: string; endsAt: string }

/** "Planning voorstellen": the proposed date of every placement with the reason of each move, editable, then
 * "Bevestigen" writes the sessions (the same sessions again on a later confirm). */
export function SchedulePanel({ cohortId, canEdit }: { cohortId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation('cohorts');
  const work = useCohortWork(cohortId);
  const [proposal, setProposal] = useState<ScheduleAnswer | null>(null);
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [cancel, setCancel] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const errors = formFieldErrors(work.confirmSchedule.error);

  const reason = (move: Move) =>
    move.reason === 'weekend' ? t('schedule.weekend') : move.reason === 'closing_day'
      ? t('schedule.closingDay', { name: move.name }) : move.name;
  const value = (item: ProposedItem): Edit => edits[item.placementId] ?? { day: item.day, startsAt: item.startsAt,
    endsAt: item.endsAt };
  const set = (item: ProposedItem, change: Partial<Edit>) =>
    setEdits({ ...edits, [item.placementId]: { ...value(item), ...change } });

  if (!canEdit) return null;
  return (
    <section className="lk-section" aria-labelledby="cohort-plan">
      <Heading2 id="cohort-plan">{t('schedule.title')}</Heading2>
      <Paragraph>{t('schedule.intro')}</Paragraph>
      {done ? <Notice>{done}</Notice> : null}
      <ButtonGroup>
        <Button appearance={proposal ? 'secondary-action-button' : 'primary-action-button'}
          disabled={work.proposeSchedule.isPending}
          onClick={() => work.proposeSchedule.mutate(undefined, {
            onSuccess: (answer) => { setProposal(answer); setEdits({}); setCancel([]); setDone(null); },
          })}>{t('schedule.propose')}</Button>
      </ButtonGroup>
      {work.proposeSchedule.error ? <ProblemAlert error={work.proposeSchedule.error} headingLevel={3} /> : null}
      {proposal ? (
        <form className="lk-form" noValidate onSubmit={(event) => {
          event.preventDefault();
          work.confirmSchedule.mutate({
            items: proposal.items.map((item) => ({ placementId: item.placementId, ...value(item) })),
            cancelSessionIds: cancel,
          }, {
            onSuccess: (answer) => {
              const r = answer.result;
              setDone(t('schedule.done', { created: r?.created ?? 0, updated: r?.updated ?? 0,
                cancelled: r?.cancelled ?? 0 }));
              setProposal(null);
            },
          });
        }}>
          {proposal.items.length === 0 ? <Paragraph>{t('schedule.nothing')}</Paragraph> : (
            <DataTable caption={t('schedule.caption', { count: proposal.items.length })} rows={proposal.items}
              rowKey={(item) => item.placementId} columns={[
                { key: 'what', header: t('schedule.what'), render: (item) => (
                  <>{item.interventionTitle}<br /><span className="lk-muted">{item.phaseTitle} · {item.learningLineLabel}</span></>
                ) },
                { key: 'planned', header: t('schedule.plannedOn'), render: (item) =>
                  formatDateLong(item.plannedOn, i18n.language) },
                { key: 'why', header: t('schedule.why'), render: (item) => item.moves.length === 0
                  ? t('schedule.notMoved') : item.moves.map(reason).filter((r, i, all) => all.indexOf(r) === i).join(', ') },
                { key: 'day', header: t('schedule.day'), render: (item) => {
                  const index = proposal.items.indexOf(item);
                  return (
                    <div className="lk-cohort-when">
                      <input type="date" className="utrecht-textbox utrecht-textbox--html-input" value={value(item).day}
                        aria-label={t('schedule.dayOf', { title: item.interventionTitle })}
                        aria-invalid={errors[`items.${index}.day`] ? true : undefined}
                        onChange={(event) => set(item, { day: event.target.value })} />
                      <input type="time" className="utrecht-textbox utrecht-textbox--html-input" value={value(item).startsAt}
                        aria-label={t('schedule.startOf', { title: item.interventionTitle })}
                        onChange={(event) => set(item, { startsAt: event.target.value })} />
                      <input type="time" className="utrecht-textbox utrecht-textbox--html-input" value={value(item).endsAt}
                        aria-label={t('schedule.endOf', { title: item.interventionTitle })}
                        onChange={(event) => set(item, { endsAt: event.target.value })} />
                    </div>
                  );
                } },
                { key: 'change', header: t('schedule.change'), render: (item) => item.change === 'changed' && item.currentDay
                  ? t('schedule.changed', { day: formatDateLong(item.currentDay, i18n.language) })
                  : t(`schedule.${item.change}`) },
              ]} />
          )}
          {proposal.cancellations.length > 0 ? (
            <fieldset className="lk-cohort-hits">
              <legend>{t('schedule.cancellations')}</legend>
              {proposal.cancellations.map((c) => (
                <label key={c.sessionId} className="lk-cohort-hit">
                  <input type="checkbox" checked={cancel.includes(c.sessionId)} onChange={(event) =>
                    setCancel(event.target.checked ? [...cancel, c.sessionId] : cancel.filter((id) => id !== c.sessionId))} />
                  {' '}{t('schedule.cancelOne', { title: c.title, day: formatDateLong(c.day, i18n.language) })}
                </label>
              ))}
            </fieldset>
          ) : null}
          {work.confirmSchedule.error ? <ProblemAlert error={work.confirmSchedule.error} headingLevel={3} /> : null}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={work.confirmSchedule.isPending}>
              {t('schedule.confirm')}</Button>
            <Button appearance="subtle-button" onClick={() => setProposal(null)}>{t('schedule.discard')}</Button>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}
