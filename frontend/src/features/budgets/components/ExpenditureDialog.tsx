import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../api/types';
import { ExpenditurePanel } from './ExpenditurePanel';

/**
 * A line's expenditures in a modal dialog (native `<dialog>`: focus stays inside, Escape closes), so they open
 * where the adviser is instead of far below the table. Focus goes to the dialog's first control ("Uitgave
 * toevoegen" for editors) and returns to the button that opened it.
 */
export function ExpenditureDialog({ year, line, editable, onClose }: {
  year: number; line: BudgetLine; editable: boolean; onClose: () => void;
}) {
  const { t } = useTranslation('budgets');
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('button');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="lk-dialog lk-dialog--wide"
      aria-labelledby={`exp-title-${line.id}`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <ExpenditurePanel year={year} line={line} editable={editable} />
      <Button appearance="secondary-action-button" onClick={onClose}>
        {t('expenditures.close')}
      </Button>
    </dialog>
  );
}
