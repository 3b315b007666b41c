import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SelectField } from '@/components/FormField';
import { ImportFlow } from '@/components/ImportFlow';
import { useVocabulary } from '@/i18n/vocabulary';
import { useImportInterventions } from '../api/use-intervention-mutations';
import { ImportPreview } from '../components/ImportPreview';
import '../components/catalogue.css';

/** The catalogue's import, with the numbers' format to choose (or the server's guess from the headers). */
export function ImportPage() {
  const { t } = useTranslation('catalogue');
  const vocab = useVocabulary();
  const navigate = useNavigate();
  const [numberFormat, setNumberFormat] = useState<'' | 'nl' | 'en'>('');

  return (
    <ImportFlow
      namespace="catalogue"
      backTo="/catalogus"
      useImport={useImportInterventions}
      params={{ numberFormat: numberFormat || undefined }}
      fields={
        <SelectField
          label={t('import.numberFormat')}
          name="numberFormat"
          value={numberFormat}
          onChange={(e) => setNumberFormat(e.target.value as '' | 'nl' | 'en')}
          description={t('import.numberFormatHelp')}
          options={[{ value: '', label: t('import.numberFormats.auto') }, ...vocab.options('NumberFormat')]}
        />
      }
      preview={(result, busy, onImport) => <ImportPreview result={result} busy={busy} onImport={onImport} />}
      onDone={(result) =>
        void navigate('/catalogus', { state: { notice: t('import.done', { count: result.created }) } })}
    />
  );
}
