import { Heading2 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal form (native `<dialog>`: focus stays inside, Escape closes). Focus starts on the first field and goes
 * back to what opened it, unless `returnFocus` is false (a move hands focus to the moved card itself).
 */
export function FormDialog({
  open,
  title,
  onClose,
  children,
  busy,
  returnFocus = true,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  busy?: boolean;
  returnFocus?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const giveBack = useRef(returnFocus);
  giveBack.current = returnFocus;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (giveBack.current && opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="lk-dialog lk-form-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      {open ? (
        <>
          <Heading2 id={titleId}>{title}</Heading2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
