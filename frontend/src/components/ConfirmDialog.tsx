import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** A failed confirmation, shown inside the dialog. */
  error?: unknown;
}

/**
 * A modal confirmation for destructive actions (native `<dialog>`, so focus is trapped and
 * Escape cancels). Focus starts on "Cancel", the safe choice, and returns to the trigger on close.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy, error }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="utrecht-alert-dialog lk-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open ? (
        <div className="utrecht-alert-dialog__message">
          <Heading2 id={titleId}>{title}</Heading2>
          <div id={bodyId}>{typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}</div>
          {error ? <ProblemAlert error={error} headingLevel={3} /> : null}
          <ButtonGroup>
            <Button ref={cancelRef} appearance="secondary-action-button" onClick={onCancel} disabled={busy}>
              {t('actions.cancel')}
            </Button>
            <Button appearance="primary-action-button" hint="danger" onClick={onConfirm} busy={busy} disabled={busy}>
              {confirmLabel}
            </Button>
          </ButtonGroup>
        </div>
      ) : null}
    </dialog>
  );
}
