import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '@/components/FormField';
import { formFieldErrors, FormProblem } from '@/components/FormProblem';
import type { Round, RoundUpdate } from '../api/types';
import { fromLocalInput, toLocalInput } from '../lib/times';

/** A round's title, times and message: what stays editable once invitations exist. */
export function RoundForm({ round, busy, error, onSubmit, onCancel, onReload }: { round: Round; busy: boolean;
  error: unknown; onSubmit: (changes: RoundUpdate) => void; onCancel: () => void; onReload: () => void }) {
  const { t } = useTranslation('rounds');
  const [title, setTitle] = useState(round.ownTitle);
  const [opensAt, setOpensAt] = useState(toLocalInput(round.opensAt));
  const [closesAt, setClosesAt] = useState(toLocalInput(round.closesAt));
  const [message, setMessage] = useState(round.message);
  const errors = formFieldErrors(error);
  return (
    <form className="lk-form" noValidate onSubmit={(event) => {
      event.preventDefault();
      const changes: RoundUpdate = {};
      if (title !== round.ownTitle) changes.title = title;
      if (opensAt !== toLocalInput(round.opensAt)) changes.opensAt = fromLocalInput(opensAt);
      if (closesAt !== toLocalInput(round.closesAt)) changes.closesAt = fromLocalInput(closesAt);
      if (message !== round.message) changes.message = message;
      onSubmit(changes);
    }}>
      <FormProblem error={error} onReload={onReload} />
      <TextField label={t('edit.title')} name="title" value={title} description={t('edit.titleHelp')}
        error={errors.title} onChange={(event) => setTitle(event.target.value)} />
      <TextField label={t('page.opensAt')} name="opensAt" type="datetime-local" required value={opensAt}
        error={errors.opensAt} onChange={(event) => setOpensAt(event.target.value)} />
      <TextField label={t('page.closesAt')} name="closesAt" type="datetime-local" required value={closesAt}
        error={errors.closesAt} onChange={(event) => setClosesAt(event.target.value)} />
      <TextAreaField label={t('page.message')} name="message" value={message} rows={4} error={errors.message}
        onChange={(event) => setMessage(event.target.value)} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>{t('edit.submit')}</Button>
        <Button appearance="subtle-button" onClick={onCancel}>{t('edit.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
