import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, isApiProblem, NETWORK_ERROR_STATUS, translatedFieldError, translatedProblem } from '@/lib/api-problem';

export function toProblem(error: unknown): ApiProblem {
  if (isApiProblem(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiProblem({ status: -1, title: 'Error', detail: message });
}

const KNOWN_STATUSES = new Set([NETWORK_ERROR_STATUS, 400, 401, 403, 404, 409, 412, 413, 415, 428, 429]);

/** Translation key of the heading that says, in the user's language, what kind of problem this is. */
export function problemHeadingKey(problem: ApiProblem): string {
  if (KNOWN_STATUSES.has(problem.status)) return `problem.status.${problem.status}`;
  if (problem.status >= 500) return 'problem.status.5xx';
  return 'problem.status.other';
}

export interface ProblemAlertProps {
  error: unknown;
  /** Overrides the heading chosen from the status. */
  title?: string;
  /** Say that field errors are shown at their fields (for forms). */
  hasFieldErrors?: boolean;
  headingLevel?: 2 | 3;
}

/**
 * Shows an API problem as an error alert: a heading in the user's language, the server's
 * `detail`, and any errors that belong to no field. With field errors the detail is left out: it only
 * summarises them in English, and each field says what is wrong in the user's language.
 */
export function ProblemAlert({ error, title, hasFieldErrors, headingLevel = 2 }: ProblemAlertProps) {
  const { t } = useTranslation();
  const problem = toProblem(error);
  // Without fields to show them at (an upload, a delete), every error is listed here.
  const general = hasFieldErrors ? problem.generalErrors() : problem.errors.map(translatedFieldError);
  const text = translatedProblem(problem) ?? problem.detail;
  const heading = title ?? t(problemHeadingKey(problem), { seconds: problem.retryAfter ?? 60 });
  const HeadingTag = headingLevel === 2 ? Heading2 : 'h3';
  return (
    <Alert type="error" className="lk-problem">
      <HeadingTag className={headingLevel === 3 ? 'utrecht-heading-3' : undefined}>{heading}</HeadingTag>
      {text && !hasFieldErrors ? <Paragraph>{text}</Paragraph> : null}
      {problem.status === 429 && problem.retryAfter !== null ? (
        <Paragraph>{t('problem.retryAfter', { seconds: problem.retryAfter })}</Paragraph>
      ) : null}
      {general.length > 0 ? (
        <UnorderedList>
          {general.map((message) => (
            <UnorderedListItem key={message}>{message}</UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {hasFieldErrors ? <Paragraph>{t('problem.checkFields')}</Paragraph> : null}
    </Alert>
  );
}
