/**
 * The session's CSRF token, kept in memory only (never in storage).
 * Filled from the login response and from GET /auth/me; sent by the API client
 * on every state-changing request.
 */
let token: string | null = null;

export function setCsrfToken(value: string | null): void {
  token = value;
}

export function getCsrfToken(): string | null {
  return token;
}
