import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** A success message, announced politely (role=status). */
export function Notice({ children }: { children: string }) {
  return (
    <Alert type="ok" role="status" className="lk-notice">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

export interface NoticeState {
  notice?: string;
}

/**
 * A message handed over by the page we came from (`navigate(to, { state: { notice } })`),
 * shown once: it is removed from the history entry so a reload does not repeat it.
 */
export function useFlashNotice(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const incoming = (location.state as NoticeState | null)?.notice ?? null;
  const [notice] = useState(incoming);
  useEffect(() => {
    if (incoming) {
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    }
  }, [incoming, location.pathname, location.search, navigate]);
  return notice;
}
