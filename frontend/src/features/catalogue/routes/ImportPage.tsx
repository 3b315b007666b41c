import {
  Button,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { SelectField, SpreadsheetFileField } from '@/components/FormField';
import { useVocabulary } from '@/i18n/vocabulary';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { ImportResult } from '../api/types';
import { useImportInterventions } from '../api/use-intervention-mutations';
import { ImportPreview } from '../components/ImportPreview';
import '../components/catalogue.css';

/** Upload → preview (dry run: every row and its errors, nothing written) → import all or only the valid rows. */
export function ImportPage() {
  const { t } = useTranslation('catalogue');
  const vocab = useVocabulary();
  const navigate = useNavigate();
  const check = useImportInterventions();
  const write = useImportInterventions();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [numberFormat, setNumberFormat] = useState<'' | 'nl' | 'en'>('');
  const format = numberFormat || undefined;

  const onCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPreview(null);
    write.reset();
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    check.mutate({ file, dryRun: true, onlyValid: false, numberFormat: format }, { onSuccess: setPreview });
  };

  const onImport = (onlyValid: boolean) => {
    if (!file) return;
    write.mutate(
      { file, dryRun: false, onlyValid, numberFormat: format },
      {
        onSuccess: (result) =>
          void navigate('/catalogus', { state: { notice: t('import.done', { count: result.created }) } }),
      },
    );
  };

  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.intro')} />
      <Paragraph>
        <AppLink to="/catalogus">{t('detail.back')}</AppLink>
      </Paragraph>
      <section className="lk-section" aria-labelledby="import-columns">
        <Heading2 id="import-columns">{t('import.columnsTitle')}</Heading2>
        <Paragraph>{t('import.columnsIntro')}</Paragraph>
      </section>
      <form className="lk-form" onSubmit={onCheck} noValidate>
        <SpreadsheetFileField
          label={t('import.file')}
          name="file"
          description={t('import.fileHelp')}
          error={missing ? t('import.fileMissing') : undefined}
          onFile={(chosen) => {
            setFile(chosen);
            setPreview(null);
          }}
        />
        <SelectField
          label={t('import.numberFormat')}
          name="numberFormat"
          value={numberFormat}
          onChange={(e) => {
            setNumberFormat(e.target.value as '' | 'nl' | 'en');
            setPreview(null);
          }}
          description={t('import.numberFormatHelp')}
          options={[
            { value: '', label: t('import.numberFormats.auto') },
            ...vocab.options('NumberFormat'),
          ]}
        />
        <div className="lk-form-actions">
          <Button type="submit" appearance="secondary-action-button" busy={check.isPending} disabled={check.isPending}>
            {t('import.check')}
          </Button>
        </div>
      </form>
      {check.error ? <ProblemAlert error={check.error} /> : null}
      {write.error ? <ProblemAlert error={write.error} /> : null}
      {preview ? <ImportPreview result={preview} busy={write.isPending} onImport={onImport} /> : null}
    </>
  );
}
