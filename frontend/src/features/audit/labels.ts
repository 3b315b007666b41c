import type { TFunction } from 'i18next';

/** `startsOn` / `budget_line` → "starts on" / "budget line": what a code reads as when no label is known yet. */
function humanize(code: string): string {
  return code.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function entityTypeLabel(t: TFunction, type: string): string {
  return t(`audit:entityTypes.${type}`, { defaultValue: capitalise(humanize(type)) });
}

/** `intervention.updated` → "Interventie gewijzigd". */
export function actionLabel(t: TFunction, action: string): string {
  // Some actions read as a whole ("Ingelogd"), not as object + verb.
  const whole = t(`audit:actions.${action.replace('.', '_')}`, { defaultValue: '' });
  if (whole) return whole;
  const dot = action.indexOf('.');
  if (dot < 0) return capitalise(humanize(action));
  const verb = action.slice(dot + 1);
  return t('audit:action', {
    type: entityTypeLabel(t, action.slice(0, dot)),
    verb: t(`audit:verbs.${verb}`, { defaultValue: humanize(verb) }),
  });
}

export function fieldLabel(t: TFunction, field: string): string {
  return t(`audit:fields.${field}`, { defaultValue: capitalise(humanize(field)) });
}
