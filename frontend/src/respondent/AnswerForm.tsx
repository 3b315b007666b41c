import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { HttpError, isRetryable, questionErrors, request, type AnswerItem, type RespondentQuestionnaire } from './api';
import { backoff, DraftSaver, type SaveState } from './draft';
import { QuestionField } from './questions/QuestionField';
import { isAnswered, type AnswerValue } from './questions/types';
import { formatTime, respondentTexts } from './texts';

const SUBMIT_TRIES = 4;

export interface AnswerFormProps {
  token: string;
  data: RespondentQuestionnaire;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSubmitted: (data: RespondentQuestionnaire, submittedAt: string | null) => void;
  onAlready: (data: RespondentQuestionnaire) => void;
  onGone: (error: unknown, loaded: RespondentQuestionnaire) => void;
}

type SubmitState = 'idle' | 'sending' | 'retrying' | 'failed';

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const anchor = (questionId: string) => `vraag-${questionId}`;

function focusQuestion(questionId: string): void {
  const field = document.getElementById(anchor(questionId));
  const input = field?.querySelector<HTMLElement>('input:checked, input, textarea');
  (input ?? field)?.focus();
}

/** The answers as the API takes them: only the questions with an answer (clearing one removes it). */
export function answerItems(answers: Record<string, AnswerValue>): AnswerItem[] {
  return Object.entries(answers)
    .filter(([, value]) => isAnswered(value))
    .map(([questionId, value]) => ({ questionId, value }));
}

export function AnswerForm({ token, data, headingRef, onSubmitted, onAlready, onGone }: AnswerFormProps) {
  const { round, questions } = data;
  const language = round.language;
  const texts = respondentTexts(language);
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>(() =>
    Object.fromEntries((data.draft?.answers ?? []).map((item) => [item.questionId, item.value])),
  );
  const [save, setSave] = useState<SaveState>(() =>
    data.draft ? { kind: 'saved', savedAt: data.draft.savedAt } : { kind: 'idle' },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [showSummary, setShowSummary] = useState(false);
  const [submit, setSubmit] = useState<SubmitState>('idle');
  const idempotencyKey = useRef<string | null>(null);
  const focusAfterRender = useRef<string | null>(null);

  const saver = useMemo(() => new DraftSaver({ token, onState: setSave }), [token]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    const onPageHide = () => saver.flush();
    const onOnline = () => saver.online();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('online', onOnline);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('online', onOnline);
      saver.flush();
      saver.stop();
    };
  }, [saver]);

  useEffect(() => {
    if (save.kind === 'completed') onAlready(data);
    else if (save.kind === 'rejected') {
      const { status, problem } = save.error;
      if (status === 400) setErrors((all) => ({ ...all, ...questionErrors(problem, answerItems(answers)) }));
      else onGone(save.error, data);
    }
    // Only a new save state matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [save]);

  useEffect(() => {
    const target = focusAfterRender.current;
    if (target) {
      focusAfterRender.current = null;
      focusQuestion(target);
    }
  });

  const change = (questionId: string, value: AnswerValue) => {
    const next = { ...answers, [questionId]: value };
    setAnswers(next);
    idempotencyKey.current = null; // other answers: another submission
    if (errors[questionId] && isAnswered(value)) {
      setErrors(({ [questionId]: _, ...rest }) => rest);
    }
    saver.change(answerItems(next));
  };

  const answered = questions.filter((question) => isAnswered(answers[question.id] ?? null)).length;

  const showErrors = (found: Record<string, string>) => {
    setErrors(found);
    setShowSummary(true);
    const first = questions.find((question) => found[question.id] !== undefined);
    if (first) focusAfterRender.current = first.id;
  };

  const send = async () => {
    const missing: Record<string, string> = {};
    for (const question of questions) {
      if (question.required && !isAnswered(answers[question.id] ?? null)) missing[question.id] = texts.requiredMissing;
    }
    if (Object.keys(missing).length) {
      showErrors(missing);
      return;
    }
    setErrors({});
    setShowSummary(false);
    saver.stop(); // the submission carries every answer; a draft after it would only be refused
    idempotencyKey.current ??= newKey();
    const key = idempotencyKey.current;
    const items = answerItems(answers);
    setSubmit('sending');
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await request<{ submittedAt?: string } | null>(token, '/submission', {
          method: 'POST',
          body: { answers: items },
          headers: { 'Idempotency-Key': key },
        });
        onSubmitted(data, result?.submittedAt ?? null);
        return;
      } catch (error) {
        if (error instanceof HttpError && error.status === 409) return onAlready(data);
        if (error instanceof HttpError && error.status === 400) {
          const found = questionErrors(error.problem, items);
          setSubmit('idle');
          saver.resume(items);
          return showErrors(Object.keys(found).length ? found : { [questions[0]?.id ?? '']: error.problem.detail ?? '' });
        }
        if (!isRetryable(error)) return onGone(error, data);
        if (attempt >= SUBMIT_TRIES) {
          setSubmit('failed');
          saver.resume(items);
          return;
        }
        setSubmit('retrying');
        const retryAfter = error instanceof HttpError ? error.retryAfterSeconds : null;
        await new Promise((resolve) => setTimeout(resolve, retryAfter ? retryAfter * 1000 : backoff(attempt)));
      }
    }
  };

  const errorList = questions
    .map((question, index) => ({ question, number: index + 1, error: errors[question.id] }))
    .filter((item) => item.error !== undefined);

  let saveText: string = texts.notSavedYet;
  if (save.kind === 'saving') saveText = texts.saving;
  else if (save.kind === 'saved') saveText = texts.savedAt(formatTime(save.savedAt, language));
  else if (save.kind === 'retrying') saveText = save.offline ? texts.offline : texts.retrying;
  else if (save.kind === 'rejected') saveText = texts.saveRejected;

  const busy = submit === 'sending' || submit === 'retrying';

  return (
    <>
      <h1 id="rp-heading" ref={headingRef} tabIndex={-1} className="rq-heading">{round.title}</h1>
      <section className="rp-kept" aria-labelledby="rp-kept-heading">
        <h2 id="rp-kept-heading">{texts.whatIsKept}</h2>
        <p>{round.anonymityStatement}</p>
      </section>
      {data.intro.trim()
        ? data.intro.split(/\n{2,}/).map((paragraph, index) => <p key={index} className="rq-intro">{paragraph}</p>)
        : null}

      {showSummary && errorList.length ? (
        <div className="rp-summary" aria-labelledby="rp-summary-heading">
          <h2 id="rp-summary-heading">{texts.errorSummary}</h2>
          <p>{texts.errorCount(errorList.length)}</p>
          <ul>
            {errorList.map(({ question, number, error }) => (
              <li key={question.id}>
                <a
                  href={`#${anchor(question.id)}`}
                  onClick={(event) => {
                    event.preventDefault(); // the fragment holds the token: it must stay
                    focusQuestion(question.id);
                  }}
                >
                  {texts.question(number)}: {error || question.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <form
        className="rq-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void send();
        }}
      >
        {questions.map((question, index) => (
          <QuestionField
            key={question.id}
            anchorId={anchor(question.id)}
            question={question}
            number={index + 1}
            language={language}
            value={answers[question.id] ?? null}
            error={errors[question.id]}
            onChange={(value) => change(question.id, value)}
          />
        ))}

        <div className="rp-actions">
          <button type="submit" className="rp-button" aria-disabled={busy || undefined}>
            {busy ? texts.submitting : texts.submit}
          </button>
          <p className="rp-submit-state" role="alert">
            {submit === 'retrying' ? texts.submitRetrying : submit === 'failed' ? texts.submitFailed : ''}
          </p>
        </div>
      </form>

      <div className="rp-bar">
        <div className="rp-progress">
          <span id="rp-progress-text">{texts.progress(answered, questions.length)}</span>
          <progress max={questions.length || 1} value={answered} aria-labelledby="rp-progress-text" />
        </div>
        <p className="rp-save" role="status">{saveText}</p>
      </div>
    </>
  );
}
