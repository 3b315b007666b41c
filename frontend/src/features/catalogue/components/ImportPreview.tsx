import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/DataTable';
import { StatusBadge } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoney } from '@/lib/money';
import type { ImportResult, ImportRow } from '../api/types';

type Problem = ImportRow['errors'][number];

/** The dry run's answer: every row of the file with its errors, and the choice to import all or only the valid rows. */
export function ImportPreview({
  result,
  busy,
  onImport,
}: {
  result: ImportResult;
  busy: boolean;
  onImport: (onlyValid: boolean) => void;
}) {
  const { t, i18n } = useTranslation('catalogue');
  const vocab = useVocabulary();
  const headerOf = (field: string) => result.columns.find((c) => c.field === field)?.header ?? field;
  const fieldOf = (pointer: string) => pointer.split('/')[3] ?? '';
  const lang = i18n.language;
  const message = (problem: Problem) => {
    const key = `import.codes.${problem.code}`;
    const params = { ...problem.params };
    if (typeof params.other === 'string') params.other = formatMoney(params.other, lang);
    if (params.numberFormat === 'nl' || params.numberFormat === 'en') params.numberFormat = vocab.label('NumberFormat', params.numberFormat);
    return i18n.exists(`catalogue:${key}`) ? t(key, params) : problem.detail;
  };
  const amountFields = ['costFixed', 'costPerParticipant', 'personalBudgetContribution'] as const;
  const describe = (row: ImportRow, problem: Problem) => {
    const field = fieldOf(problem.pointer);
    const cell = row.cells[field];
    const text = message(problem);
    return `${headerOf(field)}: ${text}${cell ? ` (‘${cell}’)` : ''}`;
  };
  const ignored = result.columns.filter((c) => !c.field).map((c) => c.header).filter(Boolean);

  const columns: Column<ImportRow>[] = [
    { key: 'row', header: t('import.row'), render: (r) => r.row },
    { key: 'title', header: t('fields.title'), render: (r) => r.title || '—' },
    { key: 'status', header: t('fields.status'), render: (r) => r.cells.status ?? '' },
    { key: 'category', header: t('fields.category'), render: (r) => r.cells.category ?? '' },
    {
      key: 'amounts',
      header: t('import.amounts'),
      render: (r) => {
        const read = amountFields.filter((field) => r.amounts?.[field] !== undefined && r.amounts[field] !== undefined);
        return read.length === 0 ? '—' : (
          <ul className="lk-catalogue-amounts">
            {read.map((field) => (
              <li key={field}>
                {t(`fields.${field}`)}: {formatMoney(r.amounts?.[field], lang)}
                {r.cells[field] ? <span className="lk-muted"> ({t('import.asWritten', { text: r.cells[field] })})</span> : null}
              </li>
            ))}
          </ul>
        );
      },
    },
    {
      key: 'totalCost',
      header: t('fields.totalCost'),
      numeric: true,
      render: (r) => (r.totalCost ? formatMoney(r.totalCost, lang) : '—'),
    },
    {
      key: 'result',
      header: t('import.result'),
      render: (r) =>
        r.valid ? (
          <StatusBadge tone="active">{t('import.ok')}</StatusBadge>
        ) : (
          <>
            <StatusBadge tone="danger">{t('import.hasErrors')}</StatusBadge>
            <ul className="lk-catalogue-errors">
              {r.errors.map((problem) => (
                <li key={problem.pointer}>{describe(r, problem)}</li>
              ))}
            </ul>
          </>
        ),
    },
  ];

  return (
    <section className="lk-section" aria-labelledby="import-preview">
      <Heading2 id="import-preview">{t('import.previewTitle')}</Heading2>
      <Paragraph role="status">
        {t('import.summary', { count: result.total, valid: result.valid, invalid: result.invalid })}
      </Paragraph>
      <Paragraph>
        {t(`import.readAs.${result.numberFormatSource === 'parameter' ? 'parameter' : 'headers'}`, {
          format: vocab.label('NumberFormat', result.numberFormat),
        })}{' '}
        <strong>{t('import.totalCost', { amount: formatMoney(result.totalCost, lang), count: result.valid })}</strong>
      </Paragraph>
      {ignored.length > 0 ? <Paragraph>{t('import.ignoredColumns', { columns: ignored.join(', ') })}</Paragraph> : null}
      <DataTable caption={t('import.caption')} columns={columns} rows={result.rows} rowKey={(r) => String(r.row)} rowHeader={false} />
      <div className="lk-form-actions">
        {result.invalid === 0 ? (
          <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => onImport(false)}>
            {t('import.importAll', { count: result.total })}
          </Button>
        ) : result.valid > 0 ? (
          <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => onImport(true)}>
            {t('import.importValid', { count: result.valid })}
          </Button>
        ) : (
          <Paragraph>{t('import.nothingValid')}</Paragraph>
        )}
      </div>
    </section>
  );
}
