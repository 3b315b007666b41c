import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DataTable, type Column } from '@/components/DataTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoney } from '@/lib/money';
import { useDeleteLine } from '../api/use-line-mutations';
import type { Budget, BudgetLine, Stream } from '../api/types';
import { ExpenditureDialog } from './ExpenditureDialog';
import { FundingSharesDialog } from './FundingSharesDialog';
import { LineForm } from './LineForm';

/** A stream's lines with their committed and spent amounts; editors add, change and delete them, and open a
 * line's expenditures. */
export function StreamLines({ year, stream, budget, lines, editable }: {
  year: number; stream: Stream; budget?: Budget; lines: BudgetLine[]; editable: boolean;
}) {
  const { t, i18n } = useTranslation('budgets');
  const vocab = useVocabulary();
  const remove = useDeleteLine(year);
  const [editing, setEditing] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<BudgetLine | null>(null);
  const [sharing, setSharing] = useState<BudgetLine | null>(null);
  const lang = i18n.language;
  const streamName = vocab.label('FundingStream', stream);

  const columns: Column<BudgetLine>[] = [
    { key: 'title', header: t('lines.title'), render: (l) => l.title },
    { key: 'kind', header: t('lines.kind'), render: (l) => vocab.label('LineKind', l.kind) },
    { key: 'intervention', header: t('lines.intervention'), render: (l) => l.interventionTitle ?? '' },
    { key: 'planned', header: t('measures.planned'), numeric: true, render: (l) => formatMoney(l.plannedAmount, lang) },
    { key: 'committed', header: t('measures.committed'), numeric: true, render: (l) => formatMoney(l.committed, lang) },
    { key: 'spent', header: t('measures.spent'), numeric: true, render: (l) => formatMoney(l.spent, lang) },
    { key: 'cap', header: t('lines.cap'), numeric: true, render: (l) => formatMoney(l.cap, lang) },
    {
      key: 'actions',
      header: t('lines.actions'),
      render: (l) => (
        <ButtonGroup>
          <Button appearance="subtle-button" aria-haspopup="dialog" aria-label={t('lines.expenditures', { title: l.title })}
            onClick={() => setOpen(l.id)}>
            {t('short.expenditures')}
          </Button>
          {editable ? (
            <>
              {l.interventionId ? (
                <Button appearance="subtle-button" aria-haspopup="dialog" aria-label={t('shares.open', { title: l.interventionTitle ?? l.title })}
                  onClick={() => setSharing(l)}>
                  {t('short.shares')}
                </Button>
              ) : null}
              <Button appearance="subtle-button" aria-label={t('lines.edit', { title: l.title })} onClick={() => setEditing(l.id)}>
                {t('short.edit')}
              </Button>
              <Button appearance="subtle-button" hint="danger" aria-label={t('lines.delete', { title: l.title })} onClick={() => setDeleting(l)}>
                {t('short.delete')}
              </Button>
            </>
          ) : null}
        </ButtonGroup>
      ),
    },
  ];

  const edited = lines.find((l) => l.id === editing);
  const opened = lines.find((l) => l.id === open);
  return (
    <section className="lk-section" id={`regels-${stream}`} aria-labelledby={`lines-${stream}`}>
      <Heading2 id={`lines-${stream}`} tabIndex={-1}>{t('lines.heading', { stream: streamName })}</Heading2>
      {lines.length === 0 ? (
        <Paragraph>{t('lines.none')}</Paragraph>
      ) : (
        <DataTable caption={t('lines.caption', { stream: streamName, year })} columns={columns} rows={lines} rowKey={(l) => l.id} />
      )}
      {opened ? (
        <ExpenditureDialog key={opened.id} year={year} line={opened} editable={editable} onClose={() => setOpen(null)} />
      ) : null}
      {editable && budget ? (
        edited ? (
          <LineForm key={edited.id} year={year} budgetId={budget.id} line={edited} onDone={() => setEditing(null)} />
        ) : editing === 'new' ? (
          <LineForm year={year} budgetId={budget.id} onDone={() => setEditing(null)} />
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setEditing('new')}>
            {t('lines.addTo', { stream: streamName })}
          </Button>
        )
      ) : editable ? (
        <Paragraph>{t('lines.needsBudget', { stream: streamName })}</Paragraph>
      ) : null}
      {sharing?.interventionId ? (
        <FundingSharesDialog key={sharing.id} year={year} interventionId={sharing.interventionId}
          title={sharing.interventionTitle ?? sharing.title} onClose={() => setSharing(null)} />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t('lines.confirmTitle', { title: deleting?.title ?? '' })}
        confirmLabel={t('lines.confirm')}
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => { setDeleting(null); remove.reset(); }}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      >
        {t('lines.confirmBody')}
      </ConfirmDialog>
    </section>
  );
}
