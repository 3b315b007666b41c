import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DeleteSection } from '@/components/DeleteSection';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useStakeholder } from '../api/use-stakeholder';
import { useStakeholderMutations } from '../api/use-stakeholder-mutations';
import { useStakeholders } from '../api/use-stakeholders';
import { GRID_PAGE_SIZE } from '../api/stakeholder-keys';
import { EngagementList } from '../components/EngagementList';
import { StakeholderForm, changedFields } from '../components/StakeholderForm';

/** `/belanghebbenden/:id`: one stakeholder, its quadrant, and the engagements it took part in. */
export function StakeholderPage() {
  const { t } = useTranslation('stakeholders');
  const vocab = useVocabulary();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const navigate = useNavigate();
  const notice = useFlashNotice();
  const stakeholder = useStakeholder(id);
  // Others to choose as taking part in an engagement with this stakeholder.
  const everyone = useStakeholders({ page: 1, pageSize: GRID_PAGE_SIZE }, { enabled: editor });
  const { update, remove } = useStakeholderMutations();
  const [editing, setEditing] = useState(false);
  const [generation, setGeneration] = useState(0);
  const s = stakeholder.data;

  return (
    <>
      <PageHeader title={s ? s.name : t('detail.title')}
        description={s ? `${vocab.label('StakeholderRole', s.role)}${s.unit ? `, ${s.unit}` : ''}` : undefined} />
      <Paragraph><AppLink to="/belanghebbenden">{t('detail.back')}</AppLink></Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {stakeholder.isPending ? <LoadingState /> : stakeholder.isError || !s ? (
        <ProblemAlert error={stakeholder.error} />
      ) : (
        <>
          <section className="lk-section" aria-labelledby="stakeholder-about">
            <Heading2 id="stakeholder-about">{t('detail.about')}</Heading2>
            {editing ? (
              <StakeholderForm
                key={generation}
                initial={s}
                submitLabel={t('edit.submit')}
                busy={update.isPending}
                error={update.error}
                onCancel={() => { setEditing(false); update.reset(); }}
                onReload={() => void stakeholder.refetch().then(() => { update.reset(); setGeneration((g) => g + 1); })}
                onSubmit={(values) =>
                  update.mutate({ id, version: s.version, changes: changedFields(s, values) },
                    { onSuccess: () => setEditing(false) })}
              />
            ) : (
              <>
                <dl className="lk-facts">
                  <dt>{t('fields.quadrant')}</dt>
                  <dd><strong>{vocab.label('Quadrant', s.quadrant)}</strong> ({t(`grid.hint.${s.quadrant}`)})</dd>
                  <dt>{t('fields.influence')}</dt><dd>{vocab.label('Degree', s.influence)}</dd>
                  <dt>{t('fields.affected')}</dt><dd>{vocab.label('Degree', s.affected)}</dd>
                  <dt>{t('fields.contribution')}</dt><dd>{s.contribution || t('detail.none')}</dd>
                  <dt>{t('fields.contact')}</dt><dd>{s.contact || t('detail.none')}</dd>
                  <dt>{t('fields.programmes')}</dt><dd>{t('table.programmes', { count: s.programmeIds.length })}</dd>
                </dl>
                {editor ? (
                  <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>{t('edit.open')}</Button>
                ) : null}
              </>
            )}
          </section>
          <section className="lk-section" aria-labelledby="stakeholder-engagements">
            <Heading2 id="stakeholder-engagements">{t('engagements.title')}</Heading2>
            <EngagementList
              filter={{ stakeholderId: id }}
              participants={(everyone.data?.items ?? [s]).map((p) => ({ id: p.id, label: p.name }))}
              defaultParticipants={[id]}
              canEdit={editor}
              headingLevel={3}
            />
          </section>
          {editor ? (
            <DeleteSection
              headingId="stakeholder-delete"
              title={t('delete.title')}
              intro={t('delete.intro')}
              buttonLabel={t('delete.button')}
              confirmTitle={t('delete.confirmTitle', { name: s.name })}
              confirmLabel={t('delete.button')}
              mutation={remove}
              onConfirm={() =>
                remove.mutate(id, {
                  onSuccess: () =>
                    void navigate('/belanghebbenden', { state: { notice: t('delete.done', { name: s.name }) } }),
                })
              }
            >
              {t('delete.intro')}
            </DeleteSection>
          ) : null}
        </>
      )}
    </>
  );
}
