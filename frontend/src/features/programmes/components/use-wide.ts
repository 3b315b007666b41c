import { useSyncExternalStore } from 'react';

/** Whether the window is wide enough for the framework as a table (56em, the layout's breakpoint). */
const QUERY = '(min-width: 56em)';

function subscribe(onChange: () => void) {
  const list = window.matchMedia?.(QUERY);
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

export function useWide(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(QUERY).matches ?? true, () => true);
}
