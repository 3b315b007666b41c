import { isApiProblem } from '@/lib/api-problem';
import { ProblemAlert } from './ProblemAlert';
import { StaleAlert } from './StaleAlert';

/** The server's messages for a form's fields (empty when the error is not a problem with field errors). */
export function formFieldErrors(error: unknown): Record<string, string> {
  return isApiProblem(error) ? error.fieldErrors() : {};
}

/**
 * What a form shows above its fields after a failed save: on 412 (someone else saved first) the
 * warning with a reload button, when the form can reload; otherwise the problem itself, pointing to
 * the field errors when there are any. Shows nothing without an error.
 */
export function FormProblem({ error, onReload }: { error: unknown; onReload?: () => void }) {
  if (!error) return null;
  if (onReload && isApiProblem(error) && error.status === 412) return <StaleAlert onReload={onReload} />;
  return <ProblemAlert error={error} hasFieldErrors={Object.keys(formFieldErrors(error)).length > 0} />;
}
