/** Where to go after logging in: only paths inside this app (no `//host`, no other origins). */
export function safeNextPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/inloggen')) return '/';
  return value;
}
