/** A question as the respondent sees it: the public shape the respondent API will answer with, and the staff
 * app's preview passes its questions in. */
export type QuestionKind = 'likert_5' | 'likert_7' | 'scale_0_10' | 'single_choice' | 'multiple_choice' | 'open_text';

export interface RespondentOption {
  key: string;
  label: string;
}

export interface RespondentQuestion {
  id: string;
  text: string;
  helpText: string;
  type: QuestionKind;
  required: boolean;
  options: RespondentOption[];
  scaleMinLabel: string;
  scaleMaxLabel: string;
}

/** Likert and scales: an integer; single choice: an option key; multiple choice: option keys; open text: text. */
export type AnswerValue = number | string | string[] | null;

export const MAX_OPEN_TEXT = 5000;

/** The points of a scale question, low to high. */
export function scalePoints(type: QuestionKind): number[] {
  if (type === 'likert_5') return [1, 2, 3, 4, 5];
  if (type === 'likert_7') return [1, 2, 3, 4, 5, 6, 7];
  if (type === 'scale_0_10') return Array.from({ length: 11 }, (_, i) => i);
  return [];
}

/** Whether a required question has an answer. */
export function isAnswered(value: AnswerValue): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim().length > 0;
  return true;
}
