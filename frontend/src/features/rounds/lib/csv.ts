import type { InvitationLink } from '../api/types';

/** The rows of a `;`-separated CSV (quotes doubled inside quoted cells; a BOM ignored). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') { cell += '"'; i += 1; }
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') { row.push(cell); cell = ''; }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/** A cell as it was before the server made it formula-safe (a leading `'` before = + - @). */
function unquote(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The mail-merge CSV's links (Personeelsnummer;Naam;E-mail;Link), found by their Dutch headers. */
export function parseLinksCsv(text: string): InvitationLink[] {
  const [header = [], ...rows] = parseCsv(text);
  const at = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const number = at('personeelsnummer');
  const name = at('naam');
  const email = at('e-mail');
  const link = at('link');
  return rows.filter((r) => r.some((c) => c !== '')).map((r) => ({
    employeeNumber: unquote(r[number] ?? ''), name: unquote(r[name] ?? ''), email: unquote(r[email] ?? ''),
    link: r[link] ?? '',
  }));
}
