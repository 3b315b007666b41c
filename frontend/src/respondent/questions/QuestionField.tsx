import { useId } from 'react';
import { respondentTexts } from '../texts';
import { MAX_OPEN_TEXT, scalePoints, type AnswerValue, type RespondentQuestion } from './types';
import './QuestionField.css';

export interface QuestionFieldProps {
  question: RespondentQuestion;
  /** Its number in the questionnaire, shown before the text. */
  number: number;
  value: AnswerValue;
  onChange: (value: AnswerValue) => void;
  /** The questionnaire's language: the words around the question. */
  language: string;
  /** Why the answer is not accepted (e.g. a required question left open). */
  error?: string;
  disabled?: boolean;
  /** An id for the question as a whole (the respondent's error summary links to it). */
  anchorId?: string;
}

/**
 * One question as the respondent answers it: plain semantic HTML (a fieldset with a legend and a radio group, a
 * group of checkboxes, or a labelled text area), keyboard and screen-reader friendly and usable at 320 px. The
 * staff app's preview and the respondent's page both render it, so a preview is exactly what is asked.
 */
export function QuestionField({ question, number, value, onChange, language, error, disabled, anchorId }: QuestionFieldProps) {
  const id = useId();
  const texts = respondentTexts(language);
  const helpId = `${id}-help`;
  const endsId = `${id}-ends`;
  const errorId = `${id}-error`;
  const title = (
    <>
      <span className="rq-number">{number}.</span> {question.text}
      {question.required ? null : <>{' '}<span className="rq-optional">({texts.optional})</span></>}
    </>
  );
  const help = question.helpText ? <p id={helpId} className="rq-help">{question.helpText}</p> : null;
  const errorText = error ? <p id={errorId} className="rq-error">{error}</p> : null;
  const described = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

  if (question.type === 'open_text') {
    const text = typeof value === 'string' ? value : '';
    return (
      <div id={anchorId} className={`rq-question${error ? ' rq-question--invalid' : ''}`}>
        <label className="rq-title" htmlFor={`${id}-text`}>{title}</label>
        {help}
        {errorText}
        <textarea
          id={`${id}-text`}
          className="rq-textarea"
          rows={4}
          maxLength={MAX_OPEN_TEXT}
          value={text}
          required={question.required}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={described(!!question.helpText && helpId, !!error && errorId, `${id}-count`)}
          onChange={(event) => onChange(event.target.value)}
        />
        <p id={`${id}-count`} className="rq-count">{texts.charactersLeft(MAX_OPEN_TEXT - text.length)}</p>
      </div>
    );
  }

  const points = scalePoints(question.type);
  if (points.length) {
    const low = points[0] ?? 0;
    const high = points[points.length - 1] ?? 0;
    const isMark = question.type === 'scale_0_10';
    const lowLabel = question.scaleMinLabel || (isMark ? texts.markLow : texts.agreeLow);
    const highLabel = question.scaleMaxLabel || (isMark ? texts.markHigh : texts.agreeHigh);
    return (
      <fieldset
        id={anchorId}
        className={`rq-question${error ? ' rq-question--invalid' : ''}`}
        aria-describedby={described(!!question.helpText && helpId, endsId, !!error && errorId)}
      >
        <legend className="rq-title">{title}</legend>
        {help}
        {errorText}
        <p id={endsId} className="rq-visually-hidden">{texts.scaleEnds(String(low), lowLabel, String(high), highLabel)}</p>
        <div className={`rq-scale rq-scale--${points.length}`}>
          {points.map((point) => (
            <label key={point} className="rq-point">
              <input
                type="radio"
                name={id}
                value={point}
                checked={value === point}
                required={question.required}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(point)}
              />
              <span className="rq-point-label">{point}</span>
            </label>
          ))}
        </div>
        <div className="rq-ends" aria-hidden="true">
          <span>{lowLabel}</span>
          <span>{highLabel}</span>
        </div>
      </fieldset>
    );
  }

  const multiple = question.type === 'multiple_choice';
  const chosen = multiple ? (Array.isArray(value) ? value : []) : value;
  return (
    <fieldset
      id={anchorId}
      className={`rq-question${error ? ' rq-question--invalid' : ''}`}
      aria-describedby={described(!!question.helpText && helpId, !!error && errorId)}
    >
      <legend className="rq-title">{title}</legend>
      {help}
      {errorText}
      <div className="rq-choices">
        {question.options.map((option) => (
          <label key={option.key} className="rq-choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.key}
              checked={multiple ? (chosen as string[]).includes(option.key) : chosen === option.key}
              required={!multiple && question.required}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                if (!multiple) return onChange(option.key);
                const list = chosen as string[];
                onChange(event.target.checked ? [...list, option.key] : list.filter((key) => key !== option.key));
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
