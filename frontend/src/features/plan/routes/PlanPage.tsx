import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DeleteSection } from '@/components/DeleteSection';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiProblem } from '@/lib/api-problem';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { Traceability } from '../api/types';
import { useTraceability } from '../api/use-traceability';
import { useDeletePlan, useUpdatePlan } from '../api/use-plan-mutations';
import { PlanForm, planForm } from '../components/PlanForm';
import { PlanStatusBadge } from '../components/PlanStatusBadge';
import { StructureEditor, ThemesEditor } from '../components/StructureEditor';
import { TraceabilityDiagram } from '../components/TraceabilityDiagram';
import { TraceabilityTable } from '../components/TraceabilityTable';
import { planChanges } from '../components/traceability-rows';

function Counts({ tree }: { tree: Traceability }) {
  const { t } = useTranslation('plan');
  const c = tree.counts;
  return (
    <ul className="lk-plan-counts" aria-label={t('counts.label')}>
      <li>{t('counts.developments', { count: c.developments })}</li>
      <li>{t('counts.goals', { count: c.goals })}</li>
      <li>{t('counts.learningGoals', { count: c.learningGoals })}</li>
      <li>{t('counts.interventions', { count: c.interventions })}</li>
      <li>{t('counts.themes', { count: c.themes })}</li>
      <li>
        <strong>{t('counts.gaps', { count: c.learningGoalsWithoutInterventions })}</strong>
      </li>
    </ul>
  );
}

export function PlanPage() {
  const { t } = useTranslation('plan');
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const navigate = useNavigate();
  const notice = useFlashNotice();
  const [search, setSearch] = useSearchParams();
  const view = search.get('weergave') === 'tabel' ? 'table' : 'diagram';
  const tree = useTraceability(id);
  const update = useUpdatePlan(id);
  const remove = useDeletePlan();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [formGeneration, setFormGeneration] = useState(0);
  // Reading first: the structure and themes editors open on demand (at once for a plan still empty).
  const [treeOpen, setTreeOpen] = useState(false);
  const empty = tree.data ? tree.data.developments.length === 0 && tree.data.themes.length === 0 : false;
  useEffect(() => {
    if (empty) setTreeOpen(true);
  }, [empty]);

  const plan = tree.data?.plan;
  const setView = (next: 'diagram' | 'table') =>
    setSearch((s) => {
      const copy = new URLSearchParams(s);
      if (next === 'table') copy.set('weergave', 'tabel');
      else copy.delete('weergave');
      return copy;
    }, { replace: true });

  return (
    <>
      <PageHeader title={plan ? plan.title : t('detail.title')}
        description={plan ? t('detail.years', { first: plan.firstYear, last: plan.lastYear }) : undefined} />
      <Paragraph>
        <AppLink to="/plan">{t('detail.back')}</AppLink>
      </Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {tree.isPending ? (
        <LoadingState />
      ) : tree.isError ? (
        <ProblemAlert error={tree.error} />
      ) : (
        <>
          <div className="lk-plan-overview">
            <Paragraph>
              {t('fields.status')}: <PlanStatusBadge status={tree.data.plan.status} />
            </Paragraph>
            <Counts tree={tree.data} />
          </div>

          <section className="lk-section" aria-labelledby="plan-trace">
            <Heading2 id="plan-trace">{t('trace.title')}</Heading2>
            <Paragraph>{t('trace.intro')}</Paragraph>
            <ButtonGroup aria-label={t('trace.viewLabel')}>
              <Button appearance={view === 'diagram' ? 'primary-action-button' : 'secondary-action-button'}
                aria-pressed={view === 'diagram'} onClick={() => setView('diagram')}>
                {t('trace.diagram')}
              </Button>
              <Button appearance={view === 'table' ? 'primary-action-button' : 'secondary-action-button'}
                aria-pressed={view === 'table'} onClick={() => setView('table')}>
                {t('trace.table')}
              </Button>
            </ButtonGroup>
            {tree.data.developments.length === 0 && tree.data.themes.length === 0 ? (
              <Paragraph>{t('structure.empty')}</Paragraph>
            ) : view === 'diagram' ? (
              <TraceabilityDiagram tree={tree.data} />
            ) : (
              <TraceabilityTable tree={tree.data} />
            )}
          </section>

          <section className="lk-section" aria-labelledby="plan-summary">
            <Heading2 id="plan-summary">{t('detail.summary')}</Heading2>
            {tree.data.plan.summary ? (
              <Paragraph className="lk-pre-line">{tree.data.plan.summary}</Paragraph>
            ) : (
              <Paragraph className="lk-muted">{t('detail.noSummary')}</Paragraph>
            )}
            {tree.data.plan.reviewNotes ? (
              <Paragraph>
                <strong>{t('fields.reviewNotes')}:</strong> {tree.data.plan.reviewNotes}
              </Paragraph>
            ) : null}
            <Paragraph><AppLink to={`/plan/${tree.data.plan.id}/herijking`}>{t('review:planLink')}</AppLink></Paragraph>
            {editor && !editing ? (
              <Button appearance="secondary-action-button" onClick={() => { setEditing(true); setSaved(false); }}>
                {t('edit.open')}
              </Button>
            ) : null}
            {saved ? <Notice>{t('edit.saved')}</Notice> : null}
            {editing ? (
              <PlanForm
                key={formGeneration}
                initial={planForm(tree.data.plan)}
                submitLabel={t('edit.submit')}
                busy={update.isPending}
                error={update.error}
                onReload={() => void tree.refetch().then(() => { update.reset(); setFormGeneration((g) => g + 1); })}
                onSubmit={(values) => {
                  const changes = planChanges(tree.data.plan, values);
                  if (Object.keys(changes).length === 0) {
                    setEditing(false);
                    return;
                  }
                  update.mutate({ version: tree.data.plan.version, changes }, {
                    onSuccess: () => { setEditing(false); setSaved(true); },
                  });
                }}
              />
            ) : null}
          </section>

          <section className="lk-section" aria-labelledby="plan-edit">
            <Heading2 id="plan-edit">{t('editTree.title')}</Heading2>
            <Paragraph>{t(editor ? 'editTree.intro' : 'editTree.introViewer')}</Paragraph>
            <Button
              appearance="secondary-action-button"
              aria-expanded={treeOpen}
              aria-controls="plan-edit-panel"
              onClick={() => setTreeOpen((open) => !open)}
            >
              {treeOpen ? t('editTree.close') : t(editor ? 'editTree.open' : 'editTree.show')}
            </Button>
          </section>
          <div id="plan-edit-panel" hidden={!treeOpen}>
            {treeOpen ? (
              <>
                <section className="lk-section" aria-labelledby="plan-structure">
            <Heading2 id="plan-structure">{t('structure.title')}</Heading2>
            <Paragraph>{t('structure.intro')}</Paragraph>
            <StructureEditor planId={id} tree={tree.data} canEdit={editor} />
                </section>

                <section className="lk-section" aria-labelledby="plan-themes">
            <Heading2 id="plan-themes">{t('themes.title')}</Heading2>
            <ThemesEditor planId={id} tree={tree.data} canEdit={editor} />
                </section>

              </>
            ) : null}
          </div>

          {editor ? (
            <DeleteSection
              headingId="plan-delete"
              title={t('delete.title')}
              intro={t('delete.intro')}
              buttonLabel={t('delete.button')}
              confirmTitle={t('delete.confirmTitle', { kind: t('kinds.plan'), title: tree.data.plan.title })}
              confirmLabel={t('delete.button')}
              mutation={remove}
              onConfirm={() =>
                remove.mutate(id, {
                  onSuccess: () =>
                    void navigate('/plan', { state: { notice: t('delete.done', { title: tree.data.plan.title }) } }),
                })
              }
            >
              {isApiProblem(remove.error) && remove.error.status === 409 ? t('delete.inUse') : t('delete.planBody')}
            </DeleteSection>
          ) : null}
        </>
      )}
    </>
  );
}
