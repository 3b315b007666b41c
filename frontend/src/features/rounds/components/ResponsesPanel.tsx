import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '@/components/PagedTable';
import { formatDate, formatDateTime } from '@/lib/format';
import { responsesExportUrl } from '../api/export-url';
import type { Round } from '../api/types';
import { useResponses } from '../api/use-rounds';

/** "Antwoorden": who answered (named rounds only) and when, and the exports for analysis. */
export function ResponsesPanel({ round }: { round: Round }) {
  const { t, i18n } = useTranslation('rounds');
  const [page, setPage] = useState(1);
  const responses = useResponses(round.id, page);
  const named = round.anonymity === 'named';
  const link = 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action';
  return (
    <section className="lk-section" aria-labelledby="round-responses">
      <Heading2 id="round-responses">{t('responses.title')}</Heading2>
      <PagedTable query={responses} emptyMessage={t('responses.none')} onPageChange={setPage}
        caption={t('responses.caption')} rowKey={(r) => r.id} columns={[
          { key: 'who', header: t('responses.who'), render: (r) => (named ? r.person?.name ?? '—' : t('responses.notNamed')) },
          { key: 'when', header: t('responses.when'), render: (r) => (r.submittedAt
            ? formatDateTime(r.submittedAt, i18n.language) : formatDate(r.submittedOn, i18n.language)) },
          { key: 'answers', header: t('responses.answers'), numeric: true, render: (r) => r.answers.length },
        ]} />
      <div className="lk-round-export" role="group" aria-labelledby="round-export">
        <h3 id="round-export" className="utrecht-heading-3">{t('responses.export')}</h3>
        <Paragraph>{t('responses.exportHelp')}</Paragraph>
        <p className="lk-round-actions">
          <a className={link} href={responsesExportUrl(round.id, 'xlsx')} download>{t('responses.xlsx')}</a>
          <a className={link} href={responsesExportUrl(round.id, 'csv')} download>{t('responses.csv')}</a>
          <a className={link} href={responsesExportUrl(round.id, 'codebook')} download>{t('responses.codebook')}</a>
        </p>
      </div>
    </section>
  );
}
