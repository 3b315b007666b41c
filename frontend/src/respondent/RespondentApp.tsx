import { useCallback, useEffect, useRef, useState } from 'react';
import { HttpError, NetworkError, request, type RespondentQuestionnaire } from './api';
import { AnswerForm } from './AnswerForm';
import { formatDate, formatMoment, respondentTexts } from './texts';

type Screen =
  | { kind: 'loading' }
  | { kind: 'unknown' }
  | { kind: 'closed'; closesAt?: string }
  | { kind: 'notOpen'; opensAt?: string }
  | { kind: 'offline' }
  | { kind: 'tooMany' }
  | { kind: 'form'; data: RespondentQuestionnaire }
  | { kind: 'thanks'; data: RespondentQuestionnaire; submittedAt: string | null }
  | { kind: 'already'; data?: RespondentQuestionnaire };

/** The token is the link's fragment (`/antwoorden#<token>`): it stays there so a reload works, and is sent only
 * as `Authorization: Bearer`. */
export function tokenFromHash(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '')).trim();
}

/** The screen for a failed request. The server answers a closed round's link as it answers an unknown one (401:
 * nobody learns from it that a link was ever valid), so the page says "closed" only when it knows the round's
 * closing time itself, from the questionnaire it loaded earlier, and that time has passed. */
function screenForError(error: unknown, loaded?: RespondentQuestionnaire): Screen {
  if (error instanceof NetworkError) return { kind: 'offline' };
  if (error instanceof HttpError) {
    if (error.status === 401 && loaded && Date.now() >= Date.parse(loaded.round.closesAt)) {
      return { kind: 'closed', closesAt: loaded.round.closesAt };
    }
    if (error.status === 401 || error.status === 404) return { kind: 'unknown' };
    if (error.status === 403) return { kind: 'notOpen', opensAt: error.problem.params?.opensAt };
    if (error.status === 409) return { kind: 'already' };
    if (error.status === 429) return { kind: 'tooMany' };
  }
  return { kind: 'offline' };
}

export function RespondentApp() {
  const [token, setToken] = useState(() => tokenFromHash(window.location.hash));
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const onHash = () => setToken(tokenFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!token) {
      setScreen({ kind: 'unknown' });
      return;
    }
    let cancelled = false;
    setScreen({ kind: 'loading' });
    request<RespondentQuestionnaire>(token, '/questionnaire').then(
      (data) => {
        if (cancelled) return;
        setScreen(data.status === 'completed' ? { kind: 'already', data } : { kind: 'form', data });
      },
      (error: unknown) => {
        if (!cancelled) setScreen(screenForError(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [token, attempt]);

  const language = 'data' in screen && screen.data ? screen.data.round.language : document.documentElement.lang || 'nl';
  const texts = respondentTexts(language);

  useEffect(() => {
    document.documentElement.lang = language === 'en' ? 'en' : 'nl';
  }, [language]);

  // A new screen (not the form, which keeps the reader where they are): its heading takes the focus and the title.
  useEffect(() => {
    if (screen.kind === 'loading') return;
    const heading = headingRef.current;
    if (heading) {
      document.title = `${heading.textContent ?? ''} – Leerkoers`;
      if (screen.kind !== 'form') heading.focus();
    }
  }, [screen]);

  const onSubmitted = useCallback((data: RespondentQuestionnaire, submittedAt: string | null) => {
    setScreen({ kind: 'thanks', data, submittedAt });
    window.scrollTo(0, 0);
  }, []);
  const onAlready = useCallback((data: RespondentQuestionnaire) => {
    setScreen({ kind: 'already', data });
    window.scrollTo(0, 0);
  }, []);
  const onGone = useCallback((error: unknown, loaded: RespondentQuestionnaire) => {
    setScreen(screenForError(error, loaded));
    window.scrollTo(0, 0);
  }, []);

  const message = (title: string, ...paragraphs: string[]) => (
    <section className="rp-message" aria-labelledby="rp-heading">
      <h1 id="rp-heading" ref={headingRef} tabIndex={-1}>{title}</h1>
      {paragraphs.filter(Boolean).map((text, index) => <p key={index}>{text}</p>)}
    </section>
  );
  const retryButton = (
    <button type="button" className="rp-button" onClick={() => setAttempt((n) => n + 1)}>{texts.tryAgain}</button>
  );

  let body;
  switch (screen.kind) {
    case 'loading':
      body = <p className="rp-loading" role="status">{texts.loading}</p>;
      break;
    case 'unknown':
      body = message(texts.unknownTitle, texts.unknownText);
      break;
    case 'closed':
      body = message(texts.closedTitle, screen.closesAt ? texts.closedText(formatMoment(screen.closesAt, language)) : texts.closedTextNoTime);
      break;
    case 'notOpen':
      body = message(texts.notOpenTitle, screen.opensAt ? texts.notOpenText(formatMoment(screen.opensAt, language)) : texts.notOpenTextNoTime);
      break;
    case 'offline':
      body = <>{message(texts.offlineTitle, texts.offlineText)}{retryButton}</>;
      break;
    case 'tooMany':
      body = <>{message(texts.tooManyTitle, texts.tooManyText)}{retryButton}</>;
      break;
    case 'already':
      body = message(texts.alreadyTitle, texts.alreadyText,
        screen.data?.submittedAt ? texts.receivedOn(formatDate(screen.data.submittedAt, language)) : '');
      break;
    case 'thanks': {
      const closing = screen.data.closing.trim();
      body = (
        <section className="rp-message" aria-labelledby="rp-heading">
          <h1 id="rp-heading" ref={headingRef} tabIndex={-1}>{texts.thanksTitle}</h1>
          {(closing || texts.thanksDefault).split(/\n{2,}/).map((text, index) => <p key={index}>{text}</p>)}
        </section>
      );
      break;
    }
    case 'form':
      body = (
        <AnswerForm
          token={token}
          data={screen.data}
          headingRef={headingRef}
          onSubmitted={onSubmitted}
          onAlready={onAlready}
          onGone={onGone}
        />
      );
      break;
  }

  return (
    <main className="utrecht-theme rp-page" lang={language === 'en' ? 'en' : 'nl'}>
      {body}
    </main>
  );
}
