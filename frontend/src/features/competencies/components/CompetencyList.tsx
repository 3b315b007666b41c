import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { isApiProblem } from '@/lib/api-problem';
import type { Competency } from '../api/types';
import { useCompetencyMutations } from '../api/use-competency-mutations';
import { CompetencyForm } from './CompetencyForm';
import { sameIndicators, step } from './indicators';
import './competencies.css';

function CompetencyItem({ competency, count, canEdit }: { competency: Competency; count: number; canEdit: boolean }) {
  const { t } = useTranslation('competencies');
  const { update, remove } = useCompetencyMutations(competency.frameworkId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const move = (direction: 'up' | 'down') => {
    const position = step(competency.position, direction, count);
    if (position !== null) update.mutate({ id: competency.id, version: competency.version, changes: { position } });
  };
  return (
    <li className="lk-competency">
      {editing ? (
        <CompetencyForm
          initial={competency}
          submitLabel={t('actions.save')}
          busy={update.isPending}
          error={update.error}
          onCancel={() => { setEditing(false); update.reset(); }}
          onSubmit={(values) => {
            const changes: Record<string, unknown> = {};
            if (values.name !== competency.name) changes.name = values.name;
            if (values.description !== competency.description) changes.description = values.description;
            if (!sameIndicators(values.behaviouralIndicators, competency.behaviouralIndicators)) {
              changes.behaviouralIndicators = values.behaviouralIndicators;
            }
            update.mutate({ id: competency.id, version: competency.version, changes },
              { onSuccess: () => setEditing(false) });
          }}
        />
      ) : (
        <>
          <Heading3 className="lk-competency__name">{competency.name}</Heading3>
          {competency.description ? <Paragraph>{competency.description}</Paragraph> : null}
          {competency.behaviouralIndicators.length > 0 ? (
            <>
              <p className="lk-competency__label">{t('fields.indicators')}</p>
              <ul className="lk-competency__indicators">
                {competency.behaviouralIndicators.map((indicator, i) => (
                  <li key={`${i}-${indicator}`}>{indicator}</li>
                ))}
              </ul>
            </>
          ) : (
            <Paragraph className="lk-muted">{t('detail.noIndicators')}</Paragraph>
          )}
          {canEdit ? (
            <ButtonGroup>
              <Button appearance="subtle-button" onClick={() => setEditing(true)}>
                {t('actions.edit')}<span className="visually-hidden"> ({competency.name})</span>
              </Button>
              <Button appearance="subtle-button" disabled={competency.position === 0 || update.isPending}
                onClick={() => move('up')}>
                {t('actions.up')}<span className="visually-hidden"> ({competency.name})</span>
              </Button>
              <Button appearance="subtle-button" disabled={competency.position >= count - 1 || update.isPending}
                onClick={() => move('down')}>
                {t('actions.down')}<span className="visually-hidden"> ({competency.name})</span>
              </Button>
              <Button appearance="subtle-button" hint="danger" onClick={() => setConfirming(true)}>
                {t('actions.delete')}<span className="visually-hidden"> ({competency.name})</span>
              </Button>
            </ButtonGroup>
          ) : null}
          {update.error ? <Paragraph role="alert">{t('detail.saveFailed')}</Paragraph> : null}
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('delete.competencyTitle', { name: competency.name })}
        confirmLabel={t('actions.delete')}
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => { setConfirming(false); remove.reset(); }}
        onConfirm={() => remove.mutate(competency.id, { onSuccess: () => setConfirming(false) })}
      >
        {isApiProblem(remove.error) && remove.error.status === 409 ? t('delete.inUse') : t('delete.competencyBody')}
      </ConfirmDialog>
    </li>
  );
}

export function CompetencyList({
  frameworkId,
  competencies,
  canEdit,
}: {
  frameworkId: string;
  competencies: Competency[];
  canEdit: boolean;
}) {
  const { t } = useTranslation('competencies');
  const { create } = useCompetencyMutations(frameworkId);
  const [adding, setAdding] = useState(false);
  return (
    <>
      {competencies.length === 0 ? (
        <Paragraph>{t('detail.empty')}</Paragraph>
      ) : (
        <ul className="lk-competencies">
          {competencies.map((c) => (
            <CompetencyItem key={c.id} competency={c} count={competencies.length} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit ? (
        adding ? (
          <CompetencyForm
            submitLabel={t('actions.add')}
            busy={create.isPending}
            error={create.error}
            onCancel={() => { setAdding(false); create.reset(); }}
            onSubmit={(values) => create.mutate({ frameworkId, ...values }, { onSuccess: () => setAdding(false) })}
          />
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setAdding(true)}>
            {t('detail.addCompetency')}
          </Button>
        )
      ) : null}
    </>
  );
}
