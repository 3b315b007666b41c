import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { DataTable, type Column } from '@/components/DataTable';
import { Notice } from '@/components/Notice';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoney } from '@/lib/money';
import { useLinesFromProgramme } from '../api/use-line-mutations';
import type { BudgetSummary } from '../api/types';

type Unbudgeted = BudgetSummary['unbudgeted'][number];
type Outside = BudgetSummary['outsideProgramme'][number];

/**
 * The budget against the year's execution programme: interventions offered without a budget line (editors make
 * the lines in one step, in the streams that pay them), and lines whose intervention left the programme.
 */
export function ProgrammeGaps({ summary, year, editable }: { summary: BudgetSummary; year: number; editable: boolean }) {
  const { t, i18n } = useTranslation('budgets');
  const vocab = useVocabulary();
  const make = useLinesFromProgramme(year);
  const lang = i18n.language;
  const { programme, unbudgeted, outsideProgramme } = summary;

  const missingColumns: Column<Unbudgeted>[] = [
    { key: 'title', header: t('gaps.intervention'), render: (u) => <AppLink to={`/catalogus/${u.interventionId}`}>{u.title}</AppLink> },
    { key: 'cost', header: t('gaps.totalCost'), numeric: true, render: (u) => formatMoney(u.totalCost, lang) },
    {
      key: 'shares',
      header: t('gaps.streams'),
      render: (u) => u.shares.map((s) => `${vocab.label('FundingStream', s.stream)} ${formatMoney(s.amount, lang)}`).join(' · '),
    },
  ];
  const outsideColumns: Column<Outside>[] = [
    { key: 'title', header: t('lines.title'), render: (o) => o.title },
    { key: 'stream', header: t('summary.stream'), render: (o) => vocab.label('FundingStream', o.stream) },
    { key: 'intervention', header: t('lines.intervention'), render: (o) => o.interventionTitle },
    { key: 'planned', header: t('measures.planned'), numeric: true, render: (o) => formatMoney(o.plannedAmount, lang) },
  ];

  return (
    <section className="lk-section" id="programma" aria-labelledby="budget-gaps-title">
      <Heading2 id="budget-gaps-title" tabIndex={-1}>{t('gaps.title')}</Heading2>
      <Paragraph>
        {t('gaps.size', { count: programme.interventions, cost: formatMoney(programme.totalCost, lang), year })}
      </Paragraph>
      <Paragraph className="lk-muted">{t('gaps.rule')}</Paragraph>
      <Heading3>{t('gaps.unbudgetedTitle')}</Heading3>
      {make.isSuccess ? <Notice>{t('gaps.made', { count: make.data.length })}</Notice> : null}
      {unbudgeted.length === 0 ? (
        <Paragraph>{t('gaps.unbudgetedNone')}</Paragraph>
      ) : (
        <>
          <DataTable caption={t('gaps.unbudgetedCaption', { year })} columns={missingColumns} rows={unbudgeted}
            rowKey={(u) => u.interventionId} />
          {make.error ? <ProblemAlert error={make.error} headingLevel={3} /> : null}
          {editable ? (
            <Button appearance="secondary-action-button" busy={make.isPending} disabled={make.isPending}
              onClick={() => make.mutate()}>
              {t('gaps.make')}
            </Button>
          ) : null}
        </>
      )}
      <Heading3>{t('gaps.outsideTitle')}</Heading3>
      {outsideProgramme.length === 0 ? (
        <Paragraph>{t('gaps.outsideNone')}</Paragraph>
      ) : (
        <DataTable caption={t('gaps.outsideCaption', { year })} columns={outsideColumns} rows={outsideProgramme}
          rowKey={(o) => o.lineId} />
      )}
    </section>
  );
}
