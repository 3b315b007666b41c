/** Behavioural indicators are edited as text, one per line; empty lines are dropped. */
export function indicatorsFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);
}

export function indicatorsToText(indicators: string[]): string {
  return indicators.join('\n');
}

/** Whether two lists of indicators are the same, in order. */
export function sameIndicators(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The position one step up or down among `count` siblings, or null past either end. */
export function step(position: number, direction: 'up' | 'down', count: number): number | null {
  const target = direction === 'up' ? position - 1 : position + 1;
  return target < 0 || target >= count ? null : target;
}
