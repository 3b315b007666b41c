import type { TFunction } from 'i18next';
import type { EnumValue } from '@/api/enums';
import { formatDate } from '@/lib/format';
import { formatNumber } from '@/lib/money';
import type { PrincipleReason } from '../../api/use-principle-checks';

type KolbLabel = (value: EnumValue<'KolbPhase'>) => string;

const DATES = new Set(['doneOn', 'firstEngagement']);

/**
 * A reason in the reader's language, from its code and params (`programmeChecks:reasons.<code>`): lists are worded
 * (Kolb phases by their vocabulary label, the rest from `values.*`), dates and decimals formatted. An unknown code
 * falls back to the server's English message.
 */
export function reasonText(reason: PrincipleReason, t: TFunction, kolb: KolbLabel, language: string): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params)) {
    if (Array.isArray(value)) {
      const words =
        reason.code === 'kolb_incomplete'
          ? value.map((v) => kolb(v as EnumValue<'KolbPhase'>))
          : value.map((v) => t(`values.${v}`, { defaultValue: v }));
      values[name] = reason.code === 'kolb_incomplete' ? words.join(', ') : words.join(t('and'));
    } else if (DATES.has(name) && typeof value === 'string') {
      values[name] = formatDate(value, language);
    } else if (typeof value === 'number' && !Number.isInteger(value)) {
      values[name] = formatNumber(String(value), language);
    } else {
      values[name] = value;
    }
  }
  return t(`reasons.${reason.code}`, { ...values, defaultValue: reason.message });
}
