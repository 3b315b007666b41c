import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { SpreadsheetFileField } from '@/components/FormField';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { FileImport } from '@/lib/api-client';

/** An import's own parameters: its request without the file and the two every import takes. */
type OwnParams<Request> = Omit<Request, keyof FileImport>;

export interface ImportFlowProps<Result, Request extends FileImport> {
  /** The feature whose texts the page shows: `import.title`, `.intro`, `.columnsTitle`, `.columnsIntro`, `.file`,
   * `.fileHelp`, `.fileMissing`, `.check`, and `detail.back`. */
  namespace: 'catalogue' | 'people';
  /** Where the back link and, after the import, the page goes. */
  backTo: string;
  /** The feature's import mutation; the page uses one for the check and one for the import. */
  useImport: () => UseMutationResult<Result, Error, Request>;
  /** The import's own parameters as the form sets them; a preview made with others is not shown. */
  params: NoInfer<OwnParams<Request>>;
  /** The parameters for the import itself, when the preview changes them (default: `params`). */
  importParams?: NoInfer<OwnParams<Request>>;
  /** The form's fields besides the file. */
  fields?: ReactNode;
  preview: (result: NoInfer<Result>, busy: boolean, onImport: (onlyValid: boolean) => void) => ReactNode;
  onDone: (result: NoInfer<Result>) => void;
}

/** A file import's page: upload → preview (a dry run: every row and its errors, nothing written) → import all or
 * only the valid rows. */
export function ImportFlow<Result, Request extends FileImport>({
  namespace, backTo, useImport, params, importParams, fields, preview, onDone,
}: ImportFlowProps<Result, Request>) {
  const { t } = useTranslation(namespace);
  const check = useImport();
  const write = useImport();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [checked, setChecked] = useState<{ result: Result; params: string } | null>(null);
  const shown = checked && checked.params === JSON.stringify(params) ? checked.result : null;

  // the file and the two flags, with the import's own parameters: its request (TypeScript cannot tell)
  const request = (flags: FileImport, own: OwnParams<Request>) => ({ ...flags, ...own }) as Request;

  const onCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(null);
    write.reset();
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const asked = JSON.stringify(params);
    check.mutate(request({ file, dryRun: true, onlyValid: false }, params),
      { onSuccess: (result) => setChecked({ result, params: asked }) });
  };

  const onImport = (onlyValid: boolean) => {
    if (!file) return;
    write.mutate(request({ file, dryRun: false, onlyValid }, importParams ?? params), { onSuccess: onDone });
  };

  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.intro')} />
      <Paragraph>
        <AppLink to={backTo}>{t('detail.back')}</AppLink>
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
            setChecked(null);
          }}
        />
        {fields}
        <div className="lk-form-actions">
          <Button type="submit" appearance="secondary-action-button" busy={check.isPending} disabled={check.isPending}>
            {t('import.check')}
          </Button>
        </div>
      </form>
      {check.error ? <ProblemAlert error={check.error} /> : null}
      {write.error ? <ProblemAlert error={write.error} /> : null}
      {shown ? preview(shown, write.isPending, onImport) : null}
    </>
  );
}
