/**
 * Saving the respondent's draft as the answers change: debounced, the latest answers win, retried with backoff
 * when offline or on a server error, and flushed (fetch keepalive) when the page is hidden or left.
 *
 * Nothing is kept in localStorage: the draft lives on the server only (a shared or borrowed device keeps no
 * answers). An edit made while offline stays in memory and is sent once the connection is back.
 */
import { HttpError, NetworkError, isRetryable, request, type AnswerItem } from './api';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'retrying'; offline: boolean; attempt: number }
  | { kind: 'rejected'; error: HttpError }
  | { kind: 'completed' };

export const DEBOUNCE_MS = 800;
/** Waits before the next try: 1 s, 2 s, 4 s … at most 30 s. */
export function backoff(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

export interface DraftSaverOptions {
  token: string;
  onState: (state: SaveState) => void;
  debounceMs?: number;
}

export class DraftSaver {
  private pending: AnswerItem[] | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private attempt = 0;
  private stopped = false;
  private readonly debounceMs: number;
  private readonly options: DraftSaverOptions;

  constructor(options: DraftSaverOptions) {
    this.options = options;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  }

  /** The answers changed: save them after a quiet moment (a later change restarts the wait). */
  change(answers: AnswerItem[]): void {
    if (this.stopped) return;
    this.pending = answers;
    if (this.attempt > 0) return; // a retry is scheduled; it will send the newest answers
    this.schedule(this.debounceMs);
  }

  /** Whether there are answers not yet on the server. */
  get dirty(): boolean {
    return this.pending !== null || this.inFlight;
  }

  /** Send now what is pending, as a keepalive request that survives the page being closed. */
  flush(): void {
    if (this.stopped || this.pending === null) return;
    this.clearTimer();
    const answers = this.pending;
    this.pending = null;
    // Fire and forget: the page may be gone before the answer comes. A failure puts the answers back.
    void this.send(answers, true);
  }

  /** The connection is back: try a pending save now rather than at the end of the backoff. */
  online(): void {
    if (this.stopped || this.pending === null || this.inFlight) return;
    this.schedule(0);
  }

  /** Stop saving (the answers are being submitted, or were). */
  stop(): void {
    this.stopped = true;
    this.pending = null;
    this.clearTimer();
  }

  /** Save again after a submission that did not go through; `answers` are the current ones. */
  resume(answers: AnswerItem[]): void {
    this.stopped = false;
    this.attempt = 0;
    this.change(answers);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private async run(): Promise<void> {
    if (this.stopped || this.pending === null) return;
    if (this.inFlight) {
      // One request at a time, so an older draft never overwrites a newer one; the next one follows it.
      this.schedule(this.debounceMs);
      return;
    }
    const answers = this.pending;
    this.pending = null;
    await this.send(answers, false);
  }

  private async send(answers: AnswerItem[], keepalive: boolean): Promise<void> {
    this.inFlight = true;
    if (!keepalive) this.options.onState({ kind: 'saving' });
    try {
      const result = await request<{ savedAt: string }>(this.options.token, '/draft', {
        method: 'PUT',
        body: { answers },
        keepalive,
      });
      this.inFlight = false;
      this.attempt = 0;
      if (this.stopped) return;
      this.options.onState({ kind: 'saved', savedAt: result?.savedAt ?? new Date().toISOString() });
      if (this.pending !== null) this.schedule(this.debounceMs);
    } catch (error) {
      this.inFlight = false;
      if (this.stopped) return;
      if (error instanceof HttpError && error.status === 409) {
        this.stop();
        this.options.onState({ kind: 'completed' });
        return;
      }
      if (isRetryable(error)) {
        this.pending ??= answers; // newer answers, if any, replace these
        this.attempt += 1;
        const wait = error instanceof HttpError && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : backoff(this.attempt);
        this.options.onState({ kind: 'retrying', offline: error instanceof NetworkError, attempt: this.attempt });
        this.schedule(wait);
        return;
      }
      // 400 (a value the server does not take) or 401/403/410: trying again will not help.
      this.attempt = 0;
      this.options.onState({ kind: 'rejected', error: error as HttpError });
    }
  }
}
