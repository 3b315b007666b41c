import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

/** The parts of a delete mutation (TanStack `useMutation` result) the dialog shows. */
export interface DeleteMutationState {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

export interface DeleteSectionProps {
  /** The id of the section's heading, which names the section. */
  headingId: string;
  title: string;
  intro: ReactNode;
  buttonLabel: string;
  /** Without it the section only explains (e.g. you cannot delete yourself). */
  allowed?: boolean;
  confirmTitle: string;
  confirmLabel: string;
  /** The dialog's body. */
  children: ReactNode;
  mutation: DeleteMutationState;
  /** Starts the delete; the page navigates away on success. */
  onConfirm: () => void;
}

/**
 * A detail page's "delete" section: a heading, what deleting does, a danger button, and the
 * confirmation dialog that shows the mutation's progress and failure. Cancel clears the failure.
 */
export function DeleteSection({
  headingId,
  title,
  intro,
  buttonLabel,
  allowed = true,
  confirmTitle,
  confirmLabel,
  children,
  mutation,
  onConfirm,
}: DeleteSectionProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="lk-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{title}</Heading2>
      <Paragraph>{intro}</Paragraph>
      {allowed ? (
        <>
          <Button appearance="secondary-action-button" hint="danger" onClick={() => setConfirming(true)}>
            {buttonLabel}
          </Button>
          <ConfirmDialog
            open={confirming}
            title={confirmTitle}
            confirmLabel={confirmLabel}
            busy={mutation.isPending}
            error={mutation.error}
            onCancel={() => {
              setConfirming(false);
              mutation.reset();
            }}
            onConfirm={onConfirm}
          >
            {children}
          </ConfirmDialog>
        </>
      ) : null}
    </section>
  );
}
