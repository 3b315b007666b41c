import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/FormField';
import { exportUrl } from '../api/export-url';

/** Download buttons for a year's execution programme (XLSX per category, or CSV). */
export function ExportLinks({ defaultYear, filters = {} }: { defaultYear: number; filters?: Record<string, string> }) {
  const { t } = useTranslation('catalogue');
  const [year, setYear] = useState(defaultYear);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 3 - 2010 }, (_, i) => 2010 + i).reverse();
  return (
    <section className="lk-section" aria-labelledby="catalogue-export">
      <Heading2 id="catalogue-export">{t('export.title')}</Heading2>
      <Paragraph>{t('export.intro')}</Paragraph>
      {Object.keys(filters).length ? <Paragraph>{t('export.filtered')}</Paragraph> : null}
      <div className="lk-catalogue-export">
        <SelectField
          label={t('export.year')}
          name="exportYear"
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={exportUrl(year, 'xlsx', filters)} download>
          {t('export.xlsx', { year })}
        </a>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={exportUrl(year, 'csv', filters)} download>
          {t('export.csv', { year })}
        </a>
      </div>
    </section>
  );
}
