import { Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import type { Programme } from '../api/types';
import { FormDialog } from './FormDialog';

/** "Kopiëren als nieuw programma": asks the new title; the copy keeps the framework, not the engagements. */
export function CopyDialog({ programme, open, busy, error, onCopy, onClose }: {
  programme: Programme;
  open: boolean;
  busy: boolean;
  error: unknown;
  onCopy: (title: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('programmes');
  return (
    <FormDialog open={open} title={t('copy.title', { title: programme.title })} onClose={onClose} busy={busy}>
      <CopyForm initialTitle={t('copy.defaultTitle', { title: programme.title })} busy={busy} error={error} onCopy={onCopy} onCancel={onClose} />
    </FormDialog>
  );
}

function CopyForm({ initialTitle, busy, error, onCopy, onCancel }: {
  initialTitle: string; busy: boolean; error: unknown; onCopy: (title: string) => void; onCancel: () => void;
}) {
  const { t } = useTranslation('programmes');
  const [title, setTitle] = useState(initialTitle);
  const submit = (event: FormEvent<HTMLFormElement>) => { event.preventDefault(); onCopy(title.trim()); };
  return (
    <>
      <Paragraph>{t('copy.intro')}</Paragraph>
      <FormProblem error={error} />
      <form onSubmit={submit} noValidate className="lk-form">
        <TextField label={t('copy.newTitle')} name="title" required value={title} error={formFieldErrors(error).title}
          onChange={(e) => setTitle(e.target.value)} />
        <FormActions submitLabel={t('copy.submit')} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}
