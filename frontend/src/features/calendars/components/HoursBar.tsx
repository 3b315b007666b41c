/** Attended and planned hours as one bar against the norm (or against `scale` where there is no norm), capped at
 * the full width; the figures themselves sit beside it in text, so the bar is decoration with a short label. */
export function HoursBar({ attended, planned, scale, label }: {
  attended: string; planned: string; scale: string | null | undefined; label: string;
}) {
  const whole = Number(scale) || 0;
  const part = (value: string) => (whole > 0 ? Math.min(100, Math.round((Number(value) / whole) * 1000) / 10) : 0);
  const done = part(attended);
  const more = Math.min(100 - done, part(planned));
  return (
    <span className="lk-hours-bar" role="img" aria-label={label}>
      <span className="lk-hours-bar__attended" style={{ inlineSize: `${done}%` }} />
      <span className="lk-hours-bar__planned" style={{ inlineSize: `${more}%` }} />
    </span>
  );
}
