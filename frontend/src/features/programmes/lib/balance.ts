/**
 * A phase's balance as the framework reports it (counts per Kolb phase and per 70-20-10 kind), turned into what the
 * page says: the Kolb phases missing, and the mix in percent against the 70/20/10 the model aims at.
 */

import { ENUM_VALUES, type EnumValue } from '@/api/enums';

export const MIX_KINDS = ENUM_VALUES.LearningMix;
export type MixKind = EnumValue<'LearningMix'>;
export const MIX_TARGET: Record<MixKind, number> = { workplace: 70, social: 20, formal: 10 };

/** The framework's mix of a phase: how many placements of each kind (and of no known kind). */
export interface Mix {
  workplace: { count: number };
  social: { count: number };
  formal: { count: number };
  unknown: { count: number };
}

export interface MixShare {
  kind: MixKind | 'unknown';
  count: number;
  percent: number;
  target: number | null;
}

/** Each kind's share of the phase's placements in whole percent (the unknown ones included, so they add to 100). */
export function mixShares(mix: Mix): MixShare[] {
  const total = mix.workplace.count + mix.social.count + mix.formal.count + mix.unknown.count;
  const percent = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 100));
  const shares: MixShare[] = MIX_KINDS.map((kind) => ({
    kind, count: mix[kind].count, percent: percent(mix[kind].count), target: MIX_TARGET[kind],
  }));
  if (mix.unknown.count > 0) shares.push({ kind: 'unknown', count: mix.unknown.count, percent: percent(mix.unknown.count), target: null });
  return shares;
}

type KolbPhase = EnumValue<'KolbPhase'>;

/** The framework reports the Kolb balance under camelCase keys (`concreteExperience`). */
export type KolbBalance = Record<string, number>;

/** `concrete_experience` → `concreteExperience`. */
const camel = (value: string) => value.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** How many placements of a phase sit in one phase of the Kolb cycle. */
export function kolbCount(balance: KolbBalance, phase: KolbPhase): number {
  return balance[camel(phase)] ?? 0;
}

/** The Kolb phases of `all` that have no placement in the balance. */
export function missingKolb(all: readonly KolbPhase[], balance: KolbBalance): KolbPhase[] {
  return all.filter((phase) => !kolbCount(balance, phase));
}
