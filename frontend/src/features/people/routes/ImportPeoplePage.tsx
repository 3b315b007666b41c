import {
  Button,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { SpreadsheetFileField } from '@/components/FormField';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { ImportResult } from '../api/types';
import { useImportPeople } from '../api/use-person-mutations';
import { PeopleImportPreview } from '../components/PeopleImportPreview';

/** Upload an HR export → preview (mapping, every row's outcome or errors, who is missing) → import. */
export function ImportPeoplePage() {
  const { t } = useTranslation('people');
  const navigate = useNavigate();
  const check = useImportPeople();
  const write = useImportPeople();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [markMissing, setMarkMissing] = useState(false);
  const [preview, setPreview] = useState<ImportResult | null>(null);

  const onCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPreview(null);
    write.reset();
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    check.mutate({ file, dryRun: true, onlyValid: false, markMissingAsLeft: false }, { onSuccess: setPreview });
  };

  const onImport = (onlyValid: boolean) => {
    if (!file) return;
    write.mutate({ file, dryRun: false, onlyValid, markMissingAsLeft: markMissing }, {
      onSuccess: (result) => void navigate('/medewerkers', { state: { notice: t('import.done', {
        created: result.counts.created, updated: result.counts.updated, left: result.counts.markedAsLeft }) } }),
    });
  };

  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.intro')} />
      <Paragraph><AppLink to="/medewerkers">{t('detail.back')}</AppLink></Paragraph>
      <section className="lk-section" aria-labelledby="people-import-columns">
        <Heading2 id="people-import-columns">{t('import.columnsTitle')}</Heading2>
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
        <div className="lk-form-actions">
          <Button type="submit" appearance="secondary-action-button" busy={check.isPending} disabled={check.isPending}>
            {t('import.check')}
          </Button>
        </div>
      </form>
      {check.error ? <ProblemAlert error={check.error} /> : null}
      {write.error ? <ProblemAlert error={write.error} /> : null}
      {preview ? (
        <PeopleImportPreview result={preview} busy={write.isPending} markMissing={markMissing}
          onMarkMissing={setMarkMissing} onImport={onImport} />
      ) : null}
    </>
  );
}
