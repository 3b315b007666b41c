import type { EnumValue } from '@/api/enums';

/** A shape per status, beside its text (never instead of it): a check mark, an exclamation mark, a question mark. */
const SHAPES: Record<EnumValue<'CheckStatus'>, string> = {
  pass: 'M3.5 8.5l3 3l6-7',
  warn: 'M8 5.5v4.5M8 12v.8',
  manual: 'M5.5 5.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M8 12.5v1',
};

export function StatusIcon({ status }: { status: EnumValue<'CheckStatus'> }) {
  return (
    <svg className={`lk-check-icon lk-check-icon--${status}`} viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
      {status === 'warn' ? <path className="lk-check-icon__frame" d="M8 1L15.5 14.5H0.5Z" /> : <circle className="lk-check-icon__frame" cx="8" cy="8" r="7" />}
      <path className="lk-check-icon__mark" d={SHAPES[status]} />
    </svg>
  );
}
