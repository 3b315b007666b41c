import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/format';
import type { EnumName } from '@/api/enums';
import { enumValueLabel, fieldEnum, fieldLabel } from '../labels';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function show(value: unknown, t: TFunction, language: string, vocabulary?: EnumName): string {
  if (value === null || value === undefined || value === '') return '—';
  if (vocabulary && typeof value === 'string') return enumValueLabel(t, vocabulary, value);
  if (vocabulary && Array.isArray(value)) return value.map((item) => enumValueLabel(t, vocabulary, String(item))).join(', ');
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return formatDate(value, language);
    if (ISO_DATE_TIME.test(value)) return formatDateTime(value, language);
    return value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

/**
 * The fields an event changed. Accepts `{field: value}`, `{field: [old, new]}` and
 * `{field: {old, new}}` (or `from`/`to`), and shows "old → new" where both are given. A field that holds one of
 * the API's enums shows its values by their labels ("Concept → Vastgesteld").
 */
export function AuditChanges({ entityType, changes }: { entityType: string; changes: Record<string, unknown> | null }) {
  const { t, i18n } = useTranslation('audit');
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0) return <span className="lk-muted">{t('noChanges')}</span>;
  return (
    <dl className="lk-changes">
      {entries.map(([field, value]) => {
        const vocabulary = fieldEnum(entityType, field);
        const display = (shown: unknown) => show(shown, t, i18n.language, vocabulary);
        let text: string;
        let pair: [unknown, unknown] | null = null;
        if (Array.isArray(value) && value.length === 2) {
          pair = [value[0], value[1]];
        } else if (value && typeof value === 'object' && ('old' in value || 'from' in value)) {
          const v = value as Record<string, unknown>;
          pair = ['old' in v ? v.old : v.from, 'new' in v ? v.new : v.to];
        }
        if (pair) {
          // A new record has no "before": show just the value.
          text = pair[0] === null || pair[0] === undefined ? display(pair[1]) : `${display(pair[0])} → ${display(pair[1])}`;
        } else {
          text = display(value);
        }
        return (
          <div key={field}>
            <dt>{fieldLabel(t, field)}</dt>
            <dd>{text}</dd>
          </div>
        );
      })}
    </dl>
  );
}
