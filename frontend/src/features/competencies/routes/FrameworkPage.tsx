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
import { isApiProblem } from '@/lib/api-problem';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useDeleteFramework, useUpdateFramework } from '../api/use-framework-mutations';
import { useCompetencies } from '../api/use-competencies';
import { useFramework } from '../api/use-framework';
import { CompetencyList } from '../components/CompetencyList';
import { FrameworkForm } from '../components/FrameworkForm';

export function FrameworkPage() {
  const { t } = useTranslation('competencies');
  const vocab = useVocabulary();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const navigate = useNavigate();
  const notice = useFlashNotice();
  const framework = useFramework(id);
  const competencies = useCompetencies(id);
  const update = useUpdateFramework(id);
  const remove = useDeleteFramework();
  const [editing, setEditing] = useState(false);
  const [generation, setGeneration] = useState(0);

  return (
    <>
      <PageHeader title={framework.data ? framework.data.name : t('detail.title')}
        description={framework.data ? vocab.label('FrameworkKind', framework.data.kind) : undefined} />
      <Paragraph>
        <AppLink to="/competenties">{t('detail.back')}</AppLink>
      </Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {framework.isPending ? (
        <LoadingState />
      ) : framework.isError ? (
        <ProblemAlert error={framework.error} />
      ) : (
        <>
          <section className="lk-section" aria-labelledby="framework-about">
            <Heading2 id="framework-about">{t('detail.about')}</Heading2>
            {framework.data.description ? <Paragraph>{framework.data.description}</Paragraph> : (
              <Paragraph className="lk-muted">{t('detail.noDescription')}</Paragraph>
            )}
            {editor && !editing ? (
              <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>
                {t('edit.open')}
              </Button>
            ) : null}
            {editing ? (
              <FrameworkForm
                key={generation}
                initial={framework.data}
                submitLabel={t('edit.submit')}
                busy={update.isPending}
                error={update.error}
                onCancel={() => { setEditing(false); update.reset(); }}
                onReload={() => void framework.refetch().then(() => { update.reset(); setGeneration((g) => g + 1); })}
                onSubmit={(values) => {
                  const changes: Record<string, string> = {};
                  if (values.name !== framework.data.name) changes.name = values.name;
                  if (values.kind !== framework.data.kind) changes.kind = values.kind;
                  if (values.description !== framework.data.description) changes.description = values.description;
                  update.mutate({ version: framework.data.version, changes }, { onSuccess: () => setEditing(false) });
                }}
              />
            ) : null}
          </section>
          <section className="lk-section" aria-labelledby="framework-competencies">
            <Heading2 id="framework-competencies">{t('detail.competencies')}</Heading2>
            {competencies.isPending ? (
              <LoadingState />
            ) : competencies.isError ? (
              <ProblemAlert error={competencies.error} />
            ) : (
              <CompetencyList frameworkId={id} competencies={competencies.data.items} canEdit={editor} />
            )}
          </section>
          {editor ? (
            <DeleteSection
              headingId="framework-delete"
              title={t('delete.title')}
              intro={t('delete.intro')}
              buttonLabel={t('delete.button')}
              confirmTitle={t('delete.frameworkTitle', { name: framework.data.name })}
              confirmLabel={t('delete.button')}
              mutation={remove}
              onConfirm={() =>
                remove.mutate(id, {
                  onSuccess: () =>
                    void navigate('/competenties', {
                      state: { notice: t('delete.done', { name: framework.data.name }) },
                    }),
                })
              }
            >
              {isApiProblem(remove.error) && remove.error.status === 409 ? t('delete.inUse') : t('delete.intro')}
            </DeleteSection>
          ) : null}
        </>
      )}
    </>
  );
}
