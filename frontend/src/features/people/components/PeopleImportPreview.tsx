import { Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/FormField';
import { DataTable, type Column } from '@/components/DataTable';
import { StatusBadge } from '@/components/StatusBadge';
import { translatedFieldError } from '@/lib/api-problem';
import type { ImportResult, ImportRow } from '../api/types';
import './people.css';

type Problem = ImportRow['errors'][number];

/** The dry run's answer: the header mapping, every row with what it would do or its errors, who is missing from
 * the file (marked as left when chosen), and the choice to import all rows or only the valid ones. */
export function PeopleImportPreview({ result, busy, markMissing, onMarkMissing, onImport }: {
  result: ImportResult;
  busy: boolean;
  markMissing: boolean;
  onMarkMissing: (value: boolean) => void;
  onImport: (onlyValid: boolean) => void;
}) {
  const { t } = useTranslation('people');
  const headerOf = (field: string) => result.columns.find((c) => c.field === field)?.header ?? field;
  const fieldOf = (pointer: string) => pointer.split('/')[3] ?? '';
  const describe = (row: ImportRow, problem: Problem) => {
    const field = fieldOf(problem.pointer);
    const cell = row.cells[field];
    return `${headerOf(field)}: ${translatedFieldError({ ...problem, params: problem.params ?? undefined })}${cell ? ` (‘${cell}’)` : ''}`;
  };
  const columns: Column<ImportRow>[] = [
    { key: 'row', header: t('import.row'), render: (r) => r.row },
    { key: 'number', header: t('fields.employeeNumber'), render: (r) => r.employeeNumber || '—' },
    { key: 'name', header: t('fields.name'), render: (r) => r.name || '—' },
    { key: 'team', header: t('fields.team'), render: (r) => r.cells.team || '—' },
    {
      key: 'outcome',
      header: t('import.outcome'),
      render: (r) => r.valid && r.outcome ? t(`import.outcomes.${r.outcome}`) : (
        <>
          <StatusBadge tone="danger">{t('import.invalid')}</StatusBadge>
          <ul className="lk-people-errors">
            {r.errors.map((problem) => <li key={problem.pointer + problem.code}>{describe(r, problem)}</li>)}
          </ul>
        </>
      ),
    },
  ];
  const counts = result.counts;
  return (
    <section className="lk-section" aria-labelledby="people-preview">
      <Heading2 id="people-preview">{t('import.previewTitle')}</Heading2>
      <Paragraph>
        {t('import.summary', { total: result.total, valid: result.valid, invalid: result.invalid,
          created: counts.created, updated: counts.updated, unchanged: counts.unchanged })}
      </Paragraph>
      <Heading3>{t('import.mappingTitle')}</Heading3>
      <UnorderedList>
        {result.columns.filter((c) => c.header).map((c) => (
          <UnorderedListItem key={c.header}>
            {c.field ? t('import.mapped', { header: c.header, field: t(`fields.${c.field}`) })
              : t('import.ignored', { header: c.header })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <DataTable caption={t('import.rowsCaption')} columns={columns} rows={result.rows} rowKey={(r) => String(r.row)}
        rowHeader={false} />
      <Heading3>{t('import.missingTitle')}</Heading3>
      {result.missing.length === 0 ? <Paragraph>{t('import.noneMissing')}</Paragraph> : (
        <>
          <Paragraph>{t('import.missingIntro', { count: result.missing.length })}</Paragraph>
          <UnorderedList>
            {result.missing.map((p) => (
              <UnorderedListItem key={p.id}>{p.name} ({p.employeeNumber}{p.team ? `, ${p.team}` : ''})</UnorderedListItem>
            ))}
          </UnorderedList>
          <CheckboxField label={t('import.markMissing', { count: result.missing.length })} name="markMissingAsLeft"
            checked={markMissing} onChange={(e) => onMarkMissing(e.target.checked)}
            description={t('import.markMissingHelp')} />
        </>
      )}
      <div className="lk-people-actions">
        {result.invalid === 0 ? (
          <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => onImport(false)}>
            {t('import.importAll', { count: result.valid })}
          </Button>
        ) : result.valid > 0 ? (
          <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => onImport(true)}>
            {t('import.importValid', { count: result.valid })}
          </Button>
        ) : <Paragraph>{t('import.nothingValid')}</Paragraph>}
      </div>
    </section>
  );
}
