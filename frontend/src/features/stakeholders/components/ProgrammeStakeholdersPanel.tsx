import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { Notice } from '@/components/Notice';
import { ProblemAlert } from '@/components/ProblemAlert';
import { canWrite, useCurrentUser } from '@/lib/session';
import { GRID_PAGE_SIZE } from '../api/stakeholder-keys';
import type { ProgrammeStakeholder } from '../api/types';
import { useProgrammeStakeholders } from '../api/use-programme-stakeholders';
import { useProgrammeLinkMutations, useStakeholderMutations } from '../api/use-stakeholder-mutations';
import { useStakeholders } from '../api/use-stakeholders';
import { EngagementList } from './EngagementList';
import { StakeholderForm } from './StakeholderForm';
import { StakeholderGrid } from './StakeholderGrid';
import { StakeholderTable } from './StakeholderTable';

/** Link an existing stakeholder of the organisation, or create one and link it. */
function LinkStakeholder({ programmeId, linked, onDone }: {
  programmeId: string; linked: ProgrammeStakeholder[]; onDone: (name: string) => void;
}) {
  const { t } = useTranslation('stakeholders');
  const everyone = useStakeholders({ page: 1, pageSize: GRID_PAGE_SIZE });
  const { link } = useProgrammeLinkMutations(programmeId);
  const { create } = useStakeholderMutations();
  const [choice, setChoice] = useState('');
  const [creating, setCreating] = useState(false);
  const candidates = (everyone.data?.items ?? []).filter((s) => !linked.some((l) => l.id === s.id));
  return (
    <section className="lk-section" aria-labelledby={`programme-${programmeId}-link`}>
      <Heading3 id={`programme-${programmeId}-link`}>{t('panel.linkTitle')}</Heading3>
      {everyone.isPending ? <LoadingState /> : everyone.isError ? <ProblemAlert error={everyone.error} /> : (
        candidates.length ? (
          <form className="lk-filters" onSubmit={(event) => {
            event.preventDefault();
            const person = candidates.find((s) => s.id === choice);
            if (person) link.mutate(person.id, { onSuccess: () => { setChoice(''); onDone(person.name); } });
          }}>
            <SelectField label={t('panel.linkExisting')} name="link-stakeholder" value={choice}
              onChange={(e) => setChoice(e.target.value)}
              options={[{ value: '', label: t('panel.choose') },
                ...candidates.map((s) => ({ value: s.id, label: s.unit ? `${s.name} (${s.unit})` : s.name }))]} />
            <div className="lk-form-actions">
              <Button type="submit" appearance="secondary-action-button" disabled={!choice || link.isPending}
                busy={link.isPending}>{t('panel.link')}</Button>
            </div>
          </form>
        ) : <Paragraph>{t('panel.allLinked')}</Paragraph>
      )}
      {link.error ? <ProblemAlert error={link.error} headingLevel={3} /> : null}
      {creating ? (
        <StakeholderForm
          submitLabel={t('panel.createSubmit')}
          busy={create.isPending || link.isPending}
          error={create.error}
          onCancel={() => { setCreating(false); create.reset(); }}
          onSubmit={(values) => create.mutate(values, {
            onSuccess: (stakeholder) => link.mutate(stakeholder.id, {
              onSuccess: () => { setCreating(false); onDone(stakeholder.name); },
            }),
          })}
        />
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setCreating(true)}>{t('panel.createOpen')}</Button>
      )}
    </section>
  );
}

/**
 * Step 3 of a programme's design: its stakeholders in the influence x affected grid with the table beside it,
 * linking and unlinking them, and the engagements held for the programme (interviews, design sessions, ...).
 * Its sections have h3 headings: it sits under the step's h2.
 */
export function ProgrammeStakeholdersPanel({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('stakeholders');
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const linked = useProgrammeStakeholders(programmeId);
  const { unlink } = useProgrammeLinkMutations(programmeId);
  const [notice, setNotice] = useState('');
  const items = linked.data?.items ?? [];

  return (
    <div className="lk-programme-stakeholders">
      {notice ? <Notice>{notice}</Notice> : null}
      {linked.isPending ? <LoadingState /> : linked.isError ? <ProblemAlert error={linked.error} /> : (
        items.length === 0 ? <Paragraph>{t('panel.empty')}</Paragraph> : (
          <div className="lk-stakeholders-layout">
            <section className="lk-section" aria-labelledby={`programme-${programmeId}-grid`}>
              <Heading3 id={`programme-${programmeId}-grid`}>{t('panel.gridTitle')}</Heading3>
              <StakeholderGrid stakeholders={items} headingLevel={4} label={t('grid.label')} />
            </section>
            <section className="lk-section" aria-labelledby={`programme-${programmeId}-table`}>
              <Heading3 id={`programme-${programmeId}-table`}>{t('panel.tableTitle')}</Heading3>
              <StakeholderTable
                caption={t('panel.caption')}
                rows={items}
                extraColumns={[
                  { key: 'engagements', header: t('table.engagements'), render: (s) => s.engagementCount },
                  ...(editor ? [{
                    key: 'actions', header: t('table.actions'), render: (s: ProgrammeStakeholder) => (
                      <Button appearance="subtle-button" hint="danger" disabled={unlink.isPending}
                        onClick={() => unlink.mutate(s.id, { onSuccess: () => setNotice(t('panel.unlinked', { name: s.name })) })}>
                        {t('panel.unlink')}<span className="visually-hidden"> ({s.name})</span>
                      </Button>
                    ),
                  }] : []),
                ]}
              />
              {unlink.error ? <ProblemAlert error={unlink.error} headingLevel={3} /> : null}
            </section>
          </div>
        )
      )}
      {editor && linked.data ? (
        <LinkStakeholder programmeId={programmeId} linked={items}
          onDone={(name) => setNotice(t('panel.linked', { name }))} />
      ) : null}
      <section className="lk-section" aria-labelledby={`programme-${programmeId}-engagements`}>
        <Heading3 id={`programme-${programmeId}-engagements`}>{t('panel.engagementsTitle')}</Heading3>
        <Paragraph>{t('panel.engagementsHint')}</Paragraph>
        <EngagementList
          filter={{ programmeId }}
          programmeId={programmeId}
          participants={items.map((s) => ({ id: s.id, label: s.name }))}
          canEdit={editor}
          headingLevel={4}
        />
      </section>
    </div>
  );
}
