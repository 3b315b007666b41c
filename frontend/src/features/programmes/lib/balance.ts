/**
 * A phase's balance as the framework reports it (counts per Kolb phase and per 70-20-10 kind), turned into what the
 * page says: the Kolb phases missing, and the mix in percent against the 70/20/10 the model aims at.
 */

import { ENUM_VALUES, type EnumValue } from '@/api/enums';

export const MIX_KINDS = ENUM_VALUES.LearningMix;
export type MixKind = EnumValue<'LearningMix'>;
export const MIX_TARGET: Record<MixKind, number> = { workplace: 70, social: 20, formal: 10 };

export interface Mix {
  workplace: number;
  social: number;
  formal: number;
  unknown: number;
}

export interface MixShare {
  kind: MixKind | 'unknown';
  count: number;
  percent: number;
  target: number | null;
}

/** Each kind's share of the phase's placements in whole percent (the unknown ones included, so they add to 100). */
export function mixShares(mix: Mix): MixShare[] {
  const total = mix.workplace + mix.social + mix.formal + mix.unknown;
  const percent = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 100));
  const shares: MixShare[] = MIX_KINDS.map((kind) => ({ kind, count: mix[kind], percent: percent(mix[kind]), target: MIX_TARGET[kind] }));
  if (mix.unknown > 0) shares.push({ kind: 'unknown', count: mix.unknown, percent: percent(mix.unknown), target: null });
  return shares;
}

/** The Kolb phases of `all` that have no placement in the balance. */
export function missingKolb<K extends string>(all: readonly K[], balance: Partial<Record<K, number>>): K[] {
  return all.filter((phase) => !balance[phase]);
}
