import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** What an entity's form takes: the values it opens with, its submit button's text, whether it is saving, the last
 * failure (a problem's field errors are shown at their fields), and what submitting and cancelling do. */
export interface FormProps<Values> {
  initial?: Values;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: Values) => void;
  /** Leave out where the form cannot be closed. */
  onCancel?: () => void;
  /** After a 412 (someone else changed it): load the current version. */
  onReload?: () => void;
}

/** A form's submit button and, when the form can be closed, its "Cancel"; both wait while it saves. */
export function FormActions({ submitLabel, busy, onCancel }:
  Pick<FormProps<unknown>, 'submitLabel' | 'busy' | 'onCancel'>) {
  const { t } = useTranslation();
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {submitLabel}
      </Button>
      {onCancel ? (
        <Button type="button" appearance="secondary-action-button" onClick={onCancel} disabled={busy}>
          {t('actions.cancel')}
        </Button>
      ) : null}
    </ButtonGroup>
  );
}
