import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** A form's submit button and, when the form can be closed, its "Cancel"; both wait while it saves. */
export function FormActions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel?: () => void }) {
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
