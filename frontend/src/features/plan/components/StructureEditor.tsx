import { Button, ButtonGroup, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useVocabulary } from '@/i18n/vocabulary';
import { isApiProblem } from '@/lib/api-problem';
import type { TraceGoal, Traceability, TreeKind } from '../api/types';
import { useTreeMutations, type TreeCreate } from '../api/use-tree-mutations';
import { ItemForm, type ItemValues } from './ItemForm';
import { movedPosition } from './traceability-rows';
import './traceability.css';

interface Item {
  id: string;
  title: string;
  description: string;
  position: number;
  version: number;
  audience?: ItemValues['audience'];
}

function Title({ level, children }: { level: 3 | 4 | 5; children: ReactNode }) {
  if (level === 3) return <Heading3 className="lk-plan-item__title">{children}</Heading3>;
  if (level === 4) return <Heading4 className="lk-plan-item__title">{children}</Heading4>;
  return <p className="lk-plan-item__title lk-plan-item__title--small">{children}</p>;
}

/** One item of the tree: its title and description, and (for editors) edit, move and delete. */
function TreeItem({
  planId,
  kind,
  item,
  count,
  level,
  canEdit,
  meta,
  children,
}: {
  planId: string;
  kind: TreeKind;
  item: Item;
  count: number;
  level: 3 | 4 | 5;
  canEdit: boolean;
  meta?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation('plan');
  const { update, remove } = useTreeMutations(planId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const kindName = t(`kinds.${kind}.one`);

  const move = (direction: 'up' | 'down') => {
    const position = movedPosition(item.position, direction, count);
    if (position === null) return;
    update.mutate({ kind, id: item.id, version: item.version, changes: { position } } as Parameters<
      typeof update.mutate
    >[0]);
  };

  return (
    <li className={`lk-plan-item lk-plan-item--${kind}`}>
      {editing ? (
        <ItemForm
          kind={kind}
          initial={{ title: item.title, description: item.description, audience: item.audience ?? 'all' }}
          submitLabel={t('actions.saveItem', { kind: kindName })}
          busy={update.isPending}
          error={update.error}
          onCancel={() => {
            setEditing(false);
            update.reset();
          }}
          onSubmit={(values) => {
            const changes: Record<string, string> = {};
            if (values.title !== item.title) changes.title = values.title;
            if (values.description !== item.description) changes.description = values.description;
            if (kind === 'learning-goals' && values.audience !== item.audience) changes.audience = values.audience;
            update.mutate({ kind, id: item.id, version: item.version, changes } as Parameters<typeof update.mutate>[0], {
              onSuccess: () => setEditing(false),
            });
          }}
        />
      ) : (
        <div className="lk-plan-item__body">
          <Title level={level}>{item.title}</Title>
          {meta}
          {item.description ? <Paragraph className="lk-plan-item__description">{item.description}</Paragraph> : null}
          {canEdit ? (
            <ButtonGroup className="lk-plan-item__actions">
              <Button appearance="subtle-button" onClick={() => setEditing(true)}>
                {t('actions.edit')}
                <span className="visually-hidden"> ({item.title})</span>
              </Button>
              <Button appearance="subtle-button" disabled={item.position === 0 || update.isPending}
                onClick={() => move('up')}>
                {t('actions.up')}
                <span className="visually-hidden"> ({item.title})</span>
              </Button>
              <Button appearance="subtle-button" disabled={item.position >= count - 1 || update.isPending}
                onClick={() => move('down')}>
                {t('actions.down')}
                <span className="visually-hidden"> ({item.title})</span>
              </Button>
              <Button appearance="subtle-button" hint="danger" onClick={() => setConfirming(true)}>
                {t('actions.delete')}
                <span className="visually-hidden"> ({item.title})</span>
              </Button>
            </ButtonGroup>
          ) : null}
          {update.error ? (
            <Paragraph className="lk-plan-item__error" role="alert">{t('moveFailed')}</Paragraph>
          ) : null}
        </div>
      )}
      {children}
      <ConfirmDialog
        open={confirming}
        title={t('delete.confirmTitle', { kind: kindName, title: item.title })}
        confirmLabel={t('actions.delete')}
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => {
          setConfirming(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate({ kind, id: item.id }, { onSuccess: () => setConfirming(false) })}
      >
        {isApiProblem(remove.error) && remove.error.status === 409 ? t('delete.inUse') : t(`kinds.${kind}.deleteBody`)}
      </ConfirmDialog>
    </li>
  );
}

/** A button that opens the inline form to add an item of `kind` under a parent. */
function AddItem({
  planId,
  kind,
  label,
  body,
}: {
  planId: string;
  kind: TreeKind;
  label: string;
  body: (values: ItemValues) => TreeCreate;
}) {
  const { t } = useTranslation('plan');
  const { create } = useTreeMutations(planId);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button appearance="secondary-action-button" className="lk-plan-add" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <ItemForm
      kind={kind}
      submitLabel={t('actions.add')}
      busy={create.isPending}
      error={create.error}
      onCancel={() => {
        setOpen(false);
        create.reset();
      }}
      onSubmit={(values) => create.mutate(body(values), { onSuccess: () => setOpen(false) })}
    />
  );
}

function GoalItem({ planId, goal, count, canEdit }: { planId: string; goal: TraceGoal; count: number; canEdit: boolean }) {
  const { t } = useTranslation('plan');
  const vocab = useVocabulary();
  return (
    <TreeItem planId={planId} kind="goals" item={goal} count={count} level={4} canEdit={canEdit}>
      <div className="lk-plan-children">
        {goal.learningGoals.length === 0 ? (
          <Paragraph className="lk-muted">{t('structure.noLearningGoals')}</Paragraph>
        ) : (
          <ul className="lk-plan-list" aria-label={t('structure.learningGoalsOf', { title: goal.title })}>
            {goal.learningGoals.map((lg) => (
              <TreeItem key={lg.id} planId={planId} kind="learning-goals" item={lg} count={goal.learningGoals.length}
                level={5} canEdit={canEdit}
                meta={<Paragraph className="lk-plan-item__meta">{vocab.label('Audience', lg.audience)}</Paragraph>} />
            ))}
          </ul>
        )}
        {canEdit ? (
          <AddItem planId={planId} kind="learning-goals" label={t('structure.addLearningGoal')}
            body={(v) => ({ kind: 'learning-goals', body: { goalId: goal.id, title: v.title,
              description: v.description, audience: v.audience } })} />
        ) : null}
      </div>
    </TreeItem>
  );
}

/** Developments → goals → learning goals, maintained in place. */
export function StructureEditor({ planId, tree, canEdit }: { planId: string; tree: Traceability; canEdit: boolean }) {
  const { t } = useTranslation('plan');
  return (
    <>
      {tree.developments.length === 0 ? <Paragraph>{t('structure.empty')}</Paragraph> : null}
      <ul className="lk-plan-list lk-plan-list--top" aria-label={t('structure.developments')}>
        {tree.developments.map((development) => (
          <TreeItem key={development.id} planId={planId} kind="developments" item={development}
            count={tree.developments.length} level={3} canEdit={canEdit}>
            <div className="lk-plan-children">
              {development.goals.length === 0 ? (
                <Paragraph className="lk-muted">{t('structure.noGoals')}</Paragraph>
              ) : (
                <ul className="lk-plan-list" aria-label={t('structure.goalsOf', { title: development.title })}>
                  {development.goals.map((goal) => (
                    <GoalItem key={goal.id} planId={planId} goal={goal} count={development.goals.length}
                      canEdit={canEdit} />
                  ))}
                </ul>
              )}
              {canEdit ? (
                <AddItem planId={planId} kind="goals" label={t('structure.addGoal')}
                  body={(v) => ({ kind: 'goals', body: { developmentId: development.id, title: v.title,
                    description: v.description } })} />
              ) : null}
            </div>
          </TreeItem>
        ))}
      </ul>
      {canEdit ? (
        <AddItem planId={planId} kind="developments" label={t('structure.addDevelopment')}
          body={(v) => ({ kind: 'developments', body: { planId, title: v.title, description: v.description } })} />
      ) : null}
    </>
  );
}

/** The plan's strategic themes, maintained in place. */
export function ThemesEditor({ planId, tree, canEdit }: { planId: string; tree: Traceability; canEdit: boolean }) {
  const { t } = useTranslation('plan');
  return (
    <>
      {tree.themes.length === 0 ? <Paragraph>{t('themes.empty')}</Paragraph> : (
        <ul className="lk-plan-list lk-plan-list--top" aria-label={t('themes.title')}>
          {tree.themes.map((theme) => (
            <TreeItem key={theme.id} planId={planId} kind="themes" item={theme} count={tree.themes.length} level={3}
              canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit ? (
        <AddItem planId={planId} kind="themes" label={t('themes.add')}
          body={(v) => ({ kind: 'themes', body: { planId, title: v.title, description: v.description } })} />
      ) : null}
    </>
  );
}
