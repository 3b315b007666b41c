import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 40em)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Whether the screen is a phone's (at most 40em wide): charts give their axis labels less room there. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY).matches : false), () => false);
}
