import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface NewItemSectionProps {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  /** The button that opens the form. */
  openLabel: string;
  /** Said above the button while the form is closed. */
  intro?: string;
  /** Run when the form closes (e.g. a mutation's `reset`, so its last error goes with it). */
  onClose?: () => void;
  /** The form, given the function that closes it (its cancel). */
  children: (close: () => void) => ReactNode;
}

/** A list page's section for adding an item: a button that opens the form in its place; cancelling brings the
 * focus back to that button. */
export function NewItemSection({ id, title, openLabel, intro, onClose, children }: NewItemSectionProps) {
  const [adding, setAdding] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    // back from the form: the focus returns to the button, not to the start of the page
    if (!adding && closed.current) openButton.current?.focus();
    closed.current = false;
  }, [adding]);
  const close = () => {
    closed.current = true;
    setAdding(false);
    onClose?.();
  };
  return (
    <section className="lk-section" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      {adding ? children(close) : (
        <>
          {intro ? <Paragraph>{intro}</Paragraph> : null}
          <Button ref={openButton} appearance="primary-action-button" onClick={() => setAdding(true)}>
            {openLabel}
          </Button>
        </>
      )}
    </section>
  );
}
