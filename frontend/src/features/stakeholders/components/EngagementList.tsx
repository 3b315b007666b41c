import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceOption } from '@/api/reference/options';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDate, isoDateFromToday } from '@/lib/format';
import type { Engagement, EngagementListParams } from '../api/types';
import { useEngagementMutations } from '../api/use-engagement-mutations';
import { useEngagements } from '../api/use-engagements';
import { EngagementForm, type EngagementValues } from './EngagementForm';
import './stakeholders.css';

type Level = 2 | 3 | 4 | 5;

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function EngagementItem({ engagement, participants, canEdit, headingLevel }: {
  engagement: Engagement; participants: ReferenceOption[]; canEdit: boolean; headingLevel: Level;
}) {
  const { t, i18n } = useTranslation('stakeholders');
  const vocab = useVocabulary();
  const { update, remove } = useEngagementMutations();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const title = `${vocab.label('EngagementKind', engagement.kind)}, ${formatDate(engagement.heldOn, i18n.language)}`;
  // Whoever took part stays choosable while editing, even when no longer among the offered participants.
  const choices = [...participants,
    ...engagement.stakeholders.filter((s) => !participants.some((p) => p.id === s.id))
      .map((s) => ({ id: s.id, label: s.name }))];
  return (
    <li className="lk-engagement">
      {editing ? (
        <EngagementForm
          idPrefix={`engagement-${engagement.id}`}
          initial={{ kind: engagement.kind, heldOn: engagement.heldOn, stakeholderIds: engagement.stakeholderIds,
            summary: engagement.summary, outcome: engagement.outcome }}
          participants={choices}
          submitLabel={t('engagements.save')}
          busy={update.isPending}
          error={update.error}
          onCancel={() => { setEditing(false); update.reset(); }}
          onSubmit={(values) => {
            const changes: Record<string, unknown> = {};
            if (values.kind !== engagement.kind) changes.kind = values.kind;
            if (values.heldOn !== engagement.heldOn) changes.heldOn = values.heldOn;
            if (values.summary !== engagement.summary) changes.summary = values.summary;
            if (values.outcome !== engagement.outcome) changes.outcome = values.outcome;
            if (!sameIds(values.stakeholderIds, engagement.stakeholderIds)) changes.stakeholderIds = values.stakeholderIds;
            update.mutate({ id: engagement.id, version: engagement.version, changes },
              { onSuccess: () => setEditing(false) });
          }}
        />
      ) : (
        <>
          <Heading level={headingLevel} className="lk-engagement__title">{title}</Heading>
          <dl className="lk-engagement__facts">
            <dt>{t('engagements.who')}</dt>
            <dd>{engagement.stakeholders.length ? engagement.stakeholders.map((s) => s.name).join(', ')
              : t('engagements.nobody')}</dd>
            {engagement.summary ? (<><dt>{t('engagements.summary')}</dt><dd>{engagement.summary}</dd></>) : null}
            {engagement.outcome ? (<><dt>{t('engagements.outcome')}</dt><dd>{engagement.outcome}</dd></>) : null}
          </dl>
          {canEdit ? (
            <ButtonGroup>
              <Button appearance="subtle-button" onClick={() => setEditing(true)}>
                {t('engagements.edit')}<span className="visually-hidden"> ({title})</span>
              </Button>
              <Button appearance="subtle-button" hint="danger" onClick={() => setConfirming(true)}>
                {t('engagements.delete')}<span className="visually-hidden"> ({title})</span>
              </Button>
            </ButtonGroup>
          ) : null}
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('engagements.deleteTitle', { title })}
        confirmLabel={t('engagements.delete')}
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => { setConfirming(false); remove.reset(); }}
        onConfirm={() => remove.mutate(engagement.id, { onSuccess: () => setConfirming(false) })}
      >
        {t('engagements.deleteBody')}
      </ConfirmDialog>
    </li>
  );
}

/**
 * The engagements of a programme or a stakeholder, by date, with add, change and delete for editors. New ones
 * are held for `programmeId` (when given) and start with `defaultParticipants` ticked.
 */
export function EngagementList({
  filter,
  participants,
  defaultParticipants = [],
  programmeId,
  canEdit,
  headingLevel = 3,
}: {
  filter: EngagementListParams;
  participants: ReferenceOption[];
  defaultParticipants?: string[];
  programmeId?: string;
  canEdit: boolean;
  headingLevel?: Level;
}) {
  const { t } = useTranslation('stakeholders');
  const engagements = useEngagements(filter);
  const { create } = useEngagementMutations();
  const [adding, setAdding] = useState(false);
  if (engagements.isPending) return <LoadingState />;
  if (engagements.isError) return <ProblemAlert error={engagements.error} />;
  const items = engagements.data.items;
  return (
    <>
      {items.length === 0 ? <Paragraph>{t('engagements.empty')}</Paragraph> : (
        <ul className="lk-engagements">
          {items.map((engagement) => (
            <EngagementItem key={engagement.id} engagement={engagement} participants={participants}
              canEdit={canEdit} headingLevel={headingLevel} />
          ))}
        </ul>
      )}
      {canEdit ? (
        adding ? (
          <EngagementForm
            idPrefix="engagement-new"
            initial={{ kind: 'interview', heldOn: isoDateFromToday(0),
              stakeholderIds: defaultParticipants, summary: '', outcome: '' }}
            participants={participants}
            submitLabel={t('engagements.submit')}
            busy={create.isPending}
            error={create.error}
            onCancel={() => { setAdding(false); create.reset(); }}
            onSubmit={(values: EngagementValues) =>
              create.mutate({ ...values, ...(programmeId ? { programmeId } : {}) },
                { onSuccess: () => setAdding(false) })}
          />
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setAdding(true)}>
            {t('engagements.add')}
          </Button>
        )
      ) : null}
    </>
  );
}
