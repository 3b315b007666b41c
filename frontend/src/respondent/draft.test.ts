import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSaver, type SaveState } from './draft';

type Call = { url: string; init: RequestInit };

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

describe('DraftSaver', () => {
  let calls: Call[];
  let replies: (() => Promise<Response>)[];
  let states: SaveState[];

  const make = () => new DraftSaver({ token: 'geheim-token', onState: (state) => states.push(state) });
  const answers = (value: number) => [{ questionId: 'q1', value }];
  const sentBody = (call: Call) => JSON.parse(String(call.init.body));

  beforeEach(() => {
    vi.useFakeTimers();
    calls = [];
    states = [];
    replies = [];
    vi.stubGlobal('fetch', vi.fn((url: string, init: RequestInit) => {
      calls.push({ url, init });
      const next = replies.shift();
      return next ? next() : Promise.resolve(reply(200, { savedAt: '2026-12-02T13:02:00Z' }));
    }));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for a quiet moment and sends only the latest answers, with the token as a bearer', async () => {
    const saver = make();
    saver.change(answers(1));
    await vi.advanceTimersByTimeAsync(500);
    saver.change(answers(2));
    await vi.advanceTimersByTimeAsync(500);
    saver.change(answers(3));
    expect(calls).toHaveLength(0); // still typing
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.url).toBe('/api/v1/respondent/draft'); // the token is in no path or query
    expect(call!.init.method).toBe('PUT');
    expect((call!.init.headers as Record<string, string>).Authorization).toBe('Bearer geheim-token');
    expect(sentBody(call!)).toEqual({ answers: answers(3) });
    expect(states.at(-1)).toEqual({ kind: 'saved', savedAt: '2026-12-02T13:02:00Z' });
  });

  it('retries with growing waits while offline and sends the newest answers once back', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    replies.push(offline, offline);
    const saver = make();
    saver.change(answers(1));
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(1);
    expect(states.at(-1)).toEqual({ kind: 'retrying', offline: true, attempt: 1 });
    saver.change(answers(2)); // typed on while offline: does not restart the backoff
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2); // after 1 s
    expect(states.at(-1)).toEqual({ kind: 'retrying', offline: true, attempt: 2 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3); // after 2 s more
    expect(sentBody(calls[2]!)).toEqual({ answers: answers(2) });
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('retries a server error, and waits as long as Retry-After says when rate limited', async () => {
    replies.push(() => Promise.resolve(reply(503, { title: 'Service Unavailable' })));
    replies.push(() => Promise.resolve(reply(429, { title: 'Too Many Requests' }, { 'Retry-After': '5' })));
    const saver = make();
    saver.change(answers(4));
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toEqual({ kind: 'retrying', offline: false, attempt: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('the connection coming back sends at once instead of at the end of the wait', async () => {
    replies.push(() => Promise.reject(new TypeError('offline')), () => Promise.reject(new TypeError('offline')));
    const saver = make();
    saver.change(answers(1));
    await vi.advanceTimersByTimeAsync(800 + 1000); // two failures: the next try in 2 s
    expect(calls).toHaveLength(2);
    saver.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(3);
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('flushes pending answers at once with keepalive when the page is hidden', async () => {
    const saver = make();
    saver.change(answers(5));
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init.keepalive).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(1); // the debounced save does not follow
    saver.flush(); // nothing pending: nothing sent
    expect(calls).toHaveLength(1);
  });

  it('does not retry answers the server refuses, and says so', async () => {
    replies.push(() =>
      Promise.resolve(reply(400, { title: 'Bad Request', errors: [{ pointer: '/answers/q1', detail: 'Kies 1 tot en met 5.' }] })),
    );
    const saver = make();
    saver.change(answers(9));
    await vi.advanceTimersByTimeAsync(800);
    const last = states.at(-1);
    expect(last?.kind).toBe('rejected');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    saver.change(answers(3)); // a corrected answer is saved again
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(2);
  });

  it('stops after the questionnaire was submitted elsewhere (409)', async () => {
    replies.push(() => Promise.resolve(reply(409, { code: 'already_submitted' })));
    const saver = make();
    saver.change(answers(1));
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toEqual({ kind: 'completed' });
    saver.change(answers(2));
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
  });

  it('sends one save at a time so an older draft never overwrites a newer one', async () => {
    let release: (r: Response) => void = () => {};
    replies.push(() => new Promise<Response>((resolve) => { release = resolve; }));
    const saver = make();
    saver.change(answers(1));
    await vi.advanceTimersByTimeAsync(800);
    saver.change(answers(2));
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(1); // the first is still under way
    release(reply(200, { savedAt: '2026-12-02T13:02:00Z' }));
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(2);
    expect(sentBody(calls[1]!)).toEqual({ answers: answers(2) });
  });
});
