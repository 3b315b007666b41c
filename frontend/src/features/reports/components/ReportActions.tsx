import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES } from '@/api/enums';
import type { ReportFormat } from '../api/types';

/** "Afdrukken" and the downloads (XLSX, CSV) of the report as shown, with its filters. */
export function ReportActions({ exportUrl, what }: { exportUrl: (format: ReportFormat) => string; what: string }) {
  const { t } = useTranslation('reports');
  return (
    <div className="lk-report-actions lk-no-print">
      <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>{t('actions.print')}</Button>
      {ENUM_VALUES.ReportFormat.map((format) => (
        <a key={format} href={exportUrl(format)} download
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
          {t(`actions.${format}`, { what })}
        </a>
      ))}
    </div>
  );
}
