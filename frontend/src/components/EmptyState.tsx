import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** What a list says when it has nothing to show, with an optional next step. */
export function EmptyState({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="lk-empty">
      <Paragraph>{message}</Paragraph>
      {children}
    </div>
  );
}
