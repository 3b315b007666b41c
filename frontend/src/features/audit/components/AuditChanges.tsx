import { useTranslation } from 'react-i18next';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The fields an event changed. Accepts `{field: value}`, `{field: [old, new]}` and
 * `{field: {old, new}}` (or `from`/`to`), and shows "old → new" where both are given.
 */
export function AuditChanges({ changes }: { changes: Record<string, unknown> | null }) {
  const { t } = useTranslation('audit');
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0) return <span className="lk-muted">{t('noChanges')}</span>;
  return (
    <dl className="lk-changes">
      {entries.map(([field, value]) => {
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
          text = pair[0] === null || pair[0] === undefined ? show(pair[1]) : `${show(pair[0])} → ${show(pair[1])}`;
        } else {
          text = show(value);
        }
        return (
          <div key={field}>
            <dt>{field}</dt>
            <dd>{text}</dd>
          </div>
        );
      })}
    </dl>
  );
}
