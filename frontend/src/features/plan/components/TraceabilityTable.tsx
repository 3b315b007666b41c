import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { DataTable, type Column } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import type { InterventionRef, Traceability, TraceTheme } from '../api/types';
import { UnlinkedInterventions } from './TraceabilityDiagram';
import { traceRows, type TraceRow } from './traceability-rows';

function InterventionLinks({ items }: { items: InterventionRef[] }) {
  const { t } = useTranslation('plan');
  if (items.length === 0) return <strong className="lk-trace__gap-label">{t('trace.noIntervention')}</strong>;
  return (
    <ul className="lk-trace__table-list">
      {items.map((i) => (
        <li key={i.id}>
          <AppLink to={`/catalogus/${i.id}`}>{i.title}</AppLink>
        </li>
      ))}
    </ul>
  );
}

/** The traceability as real tables: one row per learning goal, and one per theme. */
export function TraceabilityTable({ tree }: { tree: Traceability }) {
  const { t } = useTranslation('plan');
  const vocab = useVocabulary();
  const dash = '—';
  const columns: Column<TraceRow>[] = [
    { key: 'development', header: t('trace.columns.development'), render: (r) => r.development },
    { key: 'goal', header: t('trace.columns.goal'), render: (r) => r.goal ?? dash },
    { key: 'learningGoal', header: t('trace.columns.learningGoal'), render: (r) => r.learningGoal ?? dash },
    { key: 'audience', header: t('fields.audience'), render: (r) => (r.audience ? vocab.label('Audience', r.audience) : dash) },
    {
      key: 'interventions',
      header: t('trace.columns.interventions'),
      render: (r) => (r.learningGoal ? <InterventionLinks items={r.interventions} /> : dash),
    },
  ];
  const themeColumns: Column<TraceTheme>[] = [
    { key: 'theme', header: t('kinds.themes.one'), render: (theme) => theme.title },
    { key: 'interventions', header: t('trace.columns.interventions'),
      render: (theme) => <InterventionLinks items={theme.interventions} /> },
  ];
  return (
    <>
      <DataTable caption={t('trace.tableCaption')} columns={columns} rows={traceRows(tree)} rowKey={(r) => r.key}
        rowHeader={false} />
      {tree.themes.length > 0 ? (
        <DataTable caption={t('trace.themesCaption')} columns={themeColumns} rows={tree.themes}
          rowKey={(theme) => theme.id} />
      ) : null}
      <UnlinkedInterventions items={tree.unlinkedInterventions} />
    </>
  );
}
