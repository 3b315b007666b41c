import { Button, ButtonGroup, Heading3, Heading4, Heading5, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES, type EnumValue } from '@/api/enums';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormActions, type FormProps } from '@/components/FormActions';
import { SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Insight } from '../api/types';
import { useInsightMutations } from '../api/use-insight-mutations';
import { useInsights } from '../api/use-insights';

type Kind = EnumValue<'InsightKind'>;
type Source = EnumValue<'InsightSource'>;
interface InsightValues { kind: Kind; source: Source; title: string; description: string }

function InsightForm({ initial, submitLabel, busy, error, onSubmit, onCancel }:
  Omit<FormProps<InsightValues>, 'onReload'> & {
  initial: InsightValues;
  onCancel: () => void;
}) {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  const [values, setValues] = useState(initial);
  const errors = formFieldErrors(error);
  const submit = (event: FormEvent<HTMLFormElement>) => { event.preventDefault(); onSubmit({ ...values, title: values.title.trim() }); };
  return (
    <>
      <FormProblem error={error} />
      <form onSubmit={submit} noValidate className="lk-form lk-insight-form">
        <SelectField label={t('insights.kind')} name="kind" value={values.kind} error={errors.kind} options={vocab.options('InsightKind')}
          onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value as Kind }))} />
        <TextField label={t('insights.titleField')} name="title" required value={values.title} error={errors.title}
          onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))} />
        <TextAreaField label={t('insights.description')} name="description" rows={3} value={values.description} error={errors.description}
          onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))} />
        <SelectField label={t('insights.source')} name="source" value={values.source} error={errors.source} options={vocab.options('InsightSource')}
          onChange={(e) => setValues((v) => ({ ...v, source: e.target.value as Source }))} />
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}

function InsightItem({ insight, programmeId, canEdit }: { insight: Insight; programmeId: string; canEdit: boolean }) {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  const { update, remove } = useInsightMutations(programmeId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="lk-insight">
      {editing ? (
        <InsightForm initial={insight} submitLabel={t('insights.save')} busy={update.isPending} error={update.error}
          onCancel={() => { setEditing(false); update.reset(); }}
          onSubmit={(values) => update.mutate({ id: insight.id, version: insight.version, changes: values }, { onSuccess: () => setEditing(false) })} />
      ) : (
        <>
          <Heading5 className="lk-insight__title">{insight.title}</Heading5>
          {insight.description ? <Paragraph className="lk-pre-line">{insight.description}</Paragraph> : null}
          <Paragraph className="lk-muted">{t('insights.from', { source: vocab.label('InsightSource', insight.source) })}</Paragraph>
          {canEdit ? (
            <ButtonGroup>
              <Button appearance="subtle-button" onClick={() => setEditing(true)}>
                {t('insights.edit')}<span className="visually-hidden"> ({insight.title})</span>
              </Button>
              <Button appearance="subtle-button" hint="danger" onClick={() => setConfirming(true)}>
                {t('insights.delete')}<span className="visually-hidden"> ({insight.title})</span>
              </Button>
            </ButtonGroup>
          ) : null}
        </>
      )}
      <ConfirmDialog open={confirming} title={t('insights.deleteTitle', { title: insight.title })} confirmLabel={t('insights.delete')}
        busy={remove.isPending} error={remove.error} onCancel={() => { setConfirming(false); remove.reset(); }}
        onConfirm={() => remove.mutate(insight.id, { onSuccess: () => setConfirming(false) })}>
        {t('insights.deleteBody')}
      </ConfirmDialog>
    </li>
  );
}

/** Step 2: what the analysis found, grouped by kind (strengths, challenges, opportunities, needs), with sources. */
export function InsightsPanel({ programmeId, canEdit }: { programmeId: string; canEdit: boolean }) {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  const insights = useInsights(programmeId);
  const { create } = useInsightMutations(programmeId);
  const [adding, setAdding] = useState(false);
  if (insights.isPending) return <LoadingState />;
  if (insights.isError) return <ProblemAlert error={insights.error} />;
  const items = insights.data.items;
  return (
    <section className="lk-section" aria-labelledby="insights-title">
      <Heading3 id="insights-title">{t('insights.title')}</Heading3>
      <Paragraph>{t('insights.intro')}</Paragraph>
      <div className="lk-insight-groups">
        {ENUM_VALUES.InsightKind.map((kind) => {
          const group = items.filter((i) => i.kind === kind);
          return (
            <section key={kind} className="lk-insight-group" aria-labelledby={`insights-${kind}`}>
              <Heading4 id={`insights-${kind}`}>{t(`insights.groups.${kind}`)} ({group.length})</Heading4>
              {group.length ? (
                <ul className="lk-insights">
                  {group.map((insight) => <InsightItem key={insight.id} insight={insight} programmeId={programmeId} canEdit={canEdit} />)}
                </ul>
              ) : <Paragraph className="lk-muted">{t('insights.none', { kind: vocab.label('InsightKind', kind) })}</Paragraph>}
            </section>
          );
        })}
      </div>
      {canEdit ? (
        adding ? (
          <InsightForm initial={{ kind: 'strength', source: 'interview', title: '', description: '' }} submitLabel={t('insights.add')}
            busy={create.isPending} error={create.error} onCancel={() => { setAdding(false); create.reset(); }}
            onSubmit={(values) => create.mutate(values, { onSuccess: () => setAdding(false) })} />
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setAdding(true)}>{t('insights.new')}</Button>
        )
      ) : null}
    </section>
  );
}
