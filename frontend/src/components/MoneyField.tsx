import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, readMoney, type MoneyReading } from '@/lib/money';
import { TextField, type TextFieldProps } from './FormField';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What is wrong with an amount as typed, in the user's language; undefined when it reads (or is empty
 * and not required). */
export function moneyMessage(reading: MoneyReading, t: Translate, language: string, required = false,
                             kind: 'money' | 'number' = 'money'): string | undefined {
  if (reading.ok) return undefined;
  if (reading.reason === 'empty') return required ? t('common:validation.missing') : undefined;
  if (reading.reason === 'ambiguous') {
    const other = kind === 'money' ? formatMoney(reading.other, language) : formatNumber(reading.other, language);
    return t(`common:${kind}.ambiguous`, { other });
  }
  return t(`common:${kind}.${reading.reason}`);
}

export type AmountResult =
  | { ok: true; values: Record<string, string | null> }
  | { ok: false; errors: Record<string, string> };

/**
 * Every amount field of a form read the one way (`readMoney`), before anything is sent: the API's form of
 * each (null for an empty optional one), or the message per field that does not read. `required` names the
 * fields that may not be empty.
 */
export function readAmounts(texts: Record<string, string>, language: string, t: Translate,
                            required: readonly string[] = []): AmountResult {
  const values: Record<string, string | null> = {};
  const errors: Record<string, string> = {};
  for (const [name, text] of Object.entries(texts)) {
    const reading = readMoney(text, language);
    const message = moneyMessage(reading, t, language, required.includes(name));
    if (message) errors[name] = message;
    else values[name] = reading.ok ? reading.value : null;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}

export type MoneyFieldProps = Omit<TextFieldProps, 'onChange' | 'value' | 'type'> & {
  value: string;
  onChange: (text: string) => void;
};

/**
 * An amount in euros, typed the way the user's language writes it (see `readMoney`): starts empty, never
 * `0.00`; a readable amount is shown back as it will be stored while it is typed, and when the person leaves
 * the field, an amount that cannot be read, or can be read two ways, is named at once (before any save).
 */
export function MoneyField({ value, onChange, error, description, required, onBlur, ...rest }: MoneyFieldProps) {
  const { t, i18n } = useTranslation();
  const [left, setLeft] = useState(false);
  const reading = readMoney(value, i18n.language);
  const own = left ? moneyMessage(reading, t, i18n.language, false) : undefined;
  const help = description ?? t('common:money.help');
  // Shown as soon as the text reads (not only on leaving the field), so the form does not shift under a click.
  const readBack = reading.ok ? t('common:money.readAs', { amount: formatMoney(reading.value, i18n.language) }) : '';
  return (
    <TextField
      {...rest}
      required={required}
      inputMode="decimal"
      autoComplete="off"
      value={value}
      onChange={(event) => {
        setLeft(false);
        onChange(event.target.value);
      }}
      onBlur={(event) => {
        setLeft(true);
        onBlur?.(event);
      }}
      error={own ?? error}
      description={readBack ? <>{help} {readBack}</> : help}
    />
  );
}
