import { Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { CheckboxField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDateTime } from '@/lib/format';
import { canWrite, useMe } from '@/lib/session';
import { usePrincipleCheckMutations } from '../../api/use-principle-check-mutations';
import {
  usePrincipleChecks,
  type ChecklistItem,
  type PrincipleCheck,
  type PrincipleReason,
} from '../../api/use-principle-checks';
import { fixHref } from './fix-href';
import { reasonText } from './reason-text';
import { StatusIcon } from './StatusIcon';
import './checks.css';

export interface PrincipleChecksPanelProps {
  programmeId: string;
  /** May tick the checklist (editors and admins); by default the signed-in user's role decides. */
  canEdit?: boolean;
}

/**
 * The Rotterdam guide's seven design principles beside the framework: each with its status by text and shape, the
 * reasons in the reader's language with a link to what to fix, and the checklist the adviser ticks (by whom and
 * when). The checks live under the programme's query key, so every edit of the programme refreshes them; the
 * summary is a live region that announces the new counts.
 */
export function PrincipleChecksPanel({ programmeId, canEdit }: PrincipleChecksPanelProps) {
  const { t } = useTranslation('programmeChecks');
  const me = useMe();
  const editable = canEdit ?? canWrite(me.data?.role);
  const checks = usePrincipleChecks(programmeId);
  const summary = checks.data?.summary;
  return (
    <section aria-labelledby="principle-checks-title" className="lk-checks">
      <Heading3 id="principle-checks-title">{t('title')}</Heading3>
      <Paragraph className="lk-checks__intro">{t('intro')}</Paragraph>
      <p role="status" aria-live="polite" className="lk-checks__summary">
        {summary ? t('summary', { pass: summary.pass, warn: summary.warn, manual: summary.manual }) : ''}
      </p>
      {checks.isPending ? <LoadingState label={t('loading')} /> : null}
      {checks.isError ? <ProblemAlert error={checks.error} headingLevel={3} /> : null}
      {checks.data ? (
        <ol className="lk-checks__list">
          {checks.data.checks.map((check, index) => (
            <PrincipleEntry key={check.principle} number={index + 1} check={check} programmeId={programmeId} editable={editable} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function PrincipleEntry({ number, check, programmeId, editable }: { number: number; check: PrincipleCheck; programmeId: string; editable: boolean }) {
  const { t } = useTranslation('programmeChecks');
  const { label } = useVocabulary();
  const headingId = `principle-${check.principle}`;
  return (
    <li className={`lk-check lk-check--${check.status}`}>
      <div className="lk-check__head">
        <Heading4 id={headingId} className="lk-check__title">
          {number}. {label('Principle', check.principle)}
        </Heading4>
        <span className="lk-check__status">
          <StatusIcon status={check.status} />
          {t(`status.${check.status}`)}
        </span>
      </div>
      {check.reasons.length ? (
        <ul className="lk-check__reasons">
          {check.reasons.map((reason, i) => (
            <ReasonLine key={`${reason.code}-${i}`} reason={reason} programmeId={programmeId} />
          ))}
        </ul>
      ) : null}
      {check.items.length ? <Checklist items={check.items} programmeId={programmeId} editable={editable} principle={check.principle} /> : null}
    </li>
  );
}

function ReasonLine({ reason, programmeId }: { reason: PrincipleReason; programmeId: string }) {
  const { t, i18n } = useTranslation('programmeChecks');
  const { label } = useVocabulary();
  const text = reasonText(reason, t, (value) => label('KolbPhase', value), i18n.language);
  const phase = typeof reason.params.phase === 'string' ? reason.params.phase : null;
  const step = label('DesignStep', reason.fix.step);
  return (
    <li className={`lk-reason lk-reason--${reason.status}`}>
      <StatusIcon status={reason.status} />
      <span className="visually-hidden">{t(`status.${reason.status}`)}: </span>
      <span className="lk-reason__text">
        {text}
        {reason.status === 'warn' ? (
          <>
            {' '}
            <AppLink to={fixHref(programmeId, reason.fix)} className="lk-reason__fix">
              {phase && reason.fix.phaseId ? t('fixLinkPhase', { step, phase }) : t('fixLink', { step })}
            </AppLink>
          </>
        ) : null}
      </span>
    </li>
  );
}

function Checklist({ items, programmeId, editable, principle }: { items: ChecklistItem[]; programmeId: string; editable: boolean; principle: string }) {
  const { t, i18n } = useTranslation('programmeChecks');
  const { label } = useVocabulary();
  const { confirm, unconfirm } = usePrincipleCheckMutations(programmeId);
  const [announced, setAnnounced] = useState('');
  const [failed, setFailed] = useState<unknown>(null);
  const busy = confirm.isPending || unconfirm.isPending;
  const toggle = (item: ChecklistItem, checked: boolean) => {
    setFailed(null);
    const name = label('ChecklistItem', item.item);
    const done = { onSuccess: () => setAnnounced(t(checked ? 'ticked' : 'unticked', { item: name })), onError: setFailed };
    if (checked) confirm.mutate({ item: item.item }, done);
    else unconfirm.mutate(item.item, done);
  };
  return (
    <fieldset className="lk-check__checklist">
      <legend className="lk-check__legend">{t('checklist')}</legend>
      {items.map((item) => (
        <CheckboxField
          key={item.item}
          name={`${principle}-${item.item}`}
          label={label('ChecklistItem', item.item)}
          checked={item.confirmed}
          disabled={!editable || busy}
          onChange={(event) => toggle(item, event.currentTarget.checked)}
          description={
            item.confirmed && item.confirmedAt
              ? item.confirmedBy
                ? t('confirmedBy', { name: item.confirmedBy.name, when: formatDateTime(item.confirmedAt, i18n.language) })
                : t('confirmedAnonymous', { when: formatDateTime(item.confirmedAt, i18n.language) })
              : undefined
          }
        />
      ))}
      <p role="status" className="visually-hidden">
        {busy ? t('saving') : announced}
      </p>
      {failed ? <ProblemAlert error={failed} headingLevel={3} /> : null}
    </fieldset>
  );
}
