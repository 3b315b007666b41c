import { useEffect, useRef } from 'react';
import { ApiProblem, isApiProblem } from '@/lib/api-problem';
import { ProblemAlert } from './ProblemAlert';
import { StaleAlert } from './StaleAlert';

/** The server's messages for a form's fields (empty when the error is not a problem with field errors). */
export function formFieldErrors(error: unknown): Record<string, string> {
  return isApiProblem(error) ? error.fieldErrors() : {};
}

const FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** The first field of the form (or form section) that holds `element`. */
function firstField(element: HTMLElement): HTMLElement | null {
  const container = element.closest<HTMLElement>('form, .lk-form') ?? element.parentElement;
  return container?.querySelector<HTMLElement>(FIELDS) ?? null;
}

export interface FormProblemProps {
  error: unknown;
  onReload?: () => void;
  /** Fields the form itself found wrong before sending (e.g. an amount that reads two ways); a new object
   * on every failed attempt, so the focus moves again. */
  invalid?: Record<string, string> | null;
  /** Put the focus in the form's first field when it appears (forms that open on a button). */
  focusOnOpen?: boolean;
}

/**
 * What a form shows above its fields after a failed save: on 412 (someone else saved first) the
 * warning with a reload button, when the form can reload; otherwise the problem itself, pointing to
 * the field errors when there are any. Shows nothing without an error.
 *
 * The one focus mechanism of every form: after a failed save (the server's error or the form's own) the
 * focus moves to this summary, so a keyboard or screen-reader user hears what went wrong and tabs on to
 * the fields; with `focusOnOpen` the focus goes into the form's first field when the form opens.
 */
export function FormProblem({ error, onReload, invalid, focusOnOpen }: FormProblemProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasInvalid = !!invalid && Object.keys(invalid).length > 0;

  useEffect(() => {
    if (focusOnOpen && ref.current) firstField(ref.current)?.focus();
  }, [focusOnOpen]);

  useEffect(() => {
    if ((error || hasInvalid) && ref.current) {
      ref.current.focus();
      ref.current.scrollIntoView?.({ block: 'nearest' });
    }
  }, [error, invalid, hasInvalid]);

  let content = null;
  if (error && onReload && isApiProblem(error) && error.status === 412) {
    content = <StaleAlert onReload={onReload} />;
  } else if (error) {
    const fields = Object.keys(formFieldErrors(error)).length > 0 || hasInvalid;
    content = <ProblemAlert error={error} hasFieldErrors={fields} />;
  } else if (hasInvalid) {
    content = <ProblemAlert error={new ApiProblem({ status: 400, title: '' })} hasFieldErrors />;
  }
  return (
    <div ref={ref} tabIndex={-1} className="lk-form-problem">
      {content}
    </div>
  );
}
