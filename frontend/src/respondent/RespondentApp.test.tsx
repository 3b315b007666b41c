import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RespondentQuestionnaire } from './api';
import { RespondentApp } from './RespondentApp';

const Q1 = '11111111-1111-4111-8111-111111111111';
const Q2 = '22222222-2222-4222-8222-222222222222';

const questionnaire = (over: Partial<RespondentQuestionnaire> = {}): RespondentQuestionnaire => ({
  round: {
    title: 'Terugblik traineeship', language: 'nl', opensAt: '2026-12-01T08:00:00Z', closesAt: '2026-12-20T16:00:00Z',
    anonymity: 'pseudonymous', anonymityStatement: 'Uw naam wordt niet bij uw antwoorden bewaard.',
  },
  intro: 'Fijn dat u meedoet.',
  closing: 'Dank u wel!',
  questions: [
    { id: Q1, position: 1, text: 'Ik kan het geleerde toepassen.', helpText: '', type: 'likert_5', required: true, options: [], scaleMinLabel: '', scaleMaxLabel: '' },
    { id: Q2, position: 2, text: 'Wat wilt u nog kwijt?', helpText: '', type: 'open_text', required: false, options: [], scaleMinLabel: '', scaleMaxLabel: '' },
  ],
  status: 'opened',
  draft: null,
  submittedAt: null,
  ...over,
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('RespondentApp', () => {
  let handler: (url: string, init: RequestInit) => Promise<Response>;
  let calls: { url: string; init: RequestInit }[];

  beforeEach(() => {
    window.location.hash = '#token-abc';
    calls = [];
    vi.stubGlobal('fetch', vi.fn((url: string, init: RequestInit) => {
      calls.push({ url, init });
      return handler(url, init);
    }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    window.location.hash = '';
  });

  it('prefills the draft, states what is kept and shows the progress', async () => {
    handler = async () => json(200, questionnaire({ draft: { answers: [{ questionId: Q1, value: 4 }], savedAt: '2026-12-02T13:02:00Z' } }));
    render(<RespondentApp />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Terugblik traineeship' })).toBeInTheDocument();
    expect(screen.getByText('Uw naam wordt niet bij uw antwoorden bewaard.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '4' })).toBeChecked();
    expect(screen.getByText('1 van 2 vragen beantwoord')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen om 14:02');
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer token-abc');
  });

  it('checks required answers first, then submits with one Idempotency-Key across network retries', async () => {
    const keys: string[] = [];
    let posts = 0;
    handler = async (url, init) => {
      if (url.endsWith('/questionnaire')) return json(200, questionnaire());
      if (url.endsWith('/submission')) {
        keys.push((init.headers as Record<string, string>)['Idempotency-Key']!);
        posts += 1;
        if (posts === 1) throw new TypeError('Failed to fetch');
        return json(201, { submittedAt: '2026-12-02T13:05:00Z' });
      }
      return json(200, { savedAt: '2026-12-02T13:04:00Z' });
    };
    const user = userEvent.setup();
    render(<RespondentApp />);
    await screen.findByRole('heading', { level: 1, name: 'Terugblik traineeship' });
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(screen.getByRole('heading', { name: 'Er ontbreekt nog iets' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1' })).toHaveFocus();
    expect(posts).toBe(0);
    await user.click(screen.getByRole('radio', { name: '5' }));
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bedankt voor het invullen' }, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByText('Dank u wel!')).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('shows the server’s per-question errors on a 400, and the already-received page on a 409', async () => {
    let answer: Response = json(400, {
      title: 'Bad Request', errors: [{ pointer: '/answers/0/value', detail: 'Vraag 1: kies 1 tot en met 5.', params: { questionId: Q1 } }],
    });
    handler = async (url) => (url.endsWith('/questionnaire')
      ? json(200, questionnaire({ draft: { answers: [{ questionId: Q1, value: 3 }], savedAt: '2026-12-02T13:02:00Z' } }))
      : answer);
    const user = userEvent.setup();
    render(<RespondentApp />);
    await screen.findByRole('heading', { level: 1, name: 'Terugblik traineeship' });
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByRole('link', { name: 'Vraag 1: Kies 1 tot en met 5.' })).toBeInTheDocument();
    answer = json(409, { code: 'already_submitted' });
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'U hebt deze vragenlijst al ingevuld' })).toBeInTheDocument();
  });

  it('names the closing time when the round closed while the page was open, in Dutch, Amsterdam time', async () => {
    // the server answers a closed round's link as an unknown one; the page knows the closing time it loaded
    const closesAt = questionnaire().round.closesAt; // 2026-12-20T16:00:00Z
    handler = async (url) =>
      url.endsWith('/questionnaire') ? json(200, questionnaire()) : json(401, { code: 'invitation_unknown' });
    const user = userEvent.setup();
    render(<RespondentApp />);
    await screen.findByRole('heading', { level: 1, name: 'Terugblik traineeship' });
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse(closesAt) + 1000);
    await user.click(screen.getByRole('radio', { name: '5' }));
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze vragenlijst is gesloten' })).toHaveFocus();
    expect(screen.getByText('Invullen kon tot 20 december 2026 om 17:00. Antwoorden worden niet meer aangenomen.')).toBeInTheDocument();
  });

  it('an unknown link, and the opening time of a round not open yet', async () => {
    handler = async () => json(401, { code: 'invitation_unknown' });
    const { unmount } = render(<RespondentApp />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeInTheDocument();
    unmount();
    handler = async () => json(403, { code: 'round_not_yet_open', params: { opensAt: '2026-12-03T07:30:00Z' } });
    render(<RespondentApp />);
    expect(await screen.findByText('U kunt invullen vanaf 3 december 2026 om 08:30. Gebruik dan dezelfde link.')).toBeInTheDocument();
  });
});
