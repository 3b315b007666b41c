import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collectFiles, LIMIT_BYTES, measure } from '../../scripts/check-bundle-size.mjs';

/** A dist/ like Vite's: the page, its entry, a chunk it imports, one imported lazily, and one it never loads. */
function fakeDist(chunkBytes = 100): string {
  const dist = mkdtempSync(join(tmpdir(), 'lk-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'antwoorden.html'),
    '<script type="module" crossorigin src="/assets/antwoorden-a.js"></script>\n' +
    '<link rel="stylesheet" crossorigin href="/assets/antwoorden-a.css">');
  writeFileSync(join(dist, 'assets', 'antwoorden-a.js'), 'import{t as e}from"./client-b.js";const l=()=>import("./lazy-c.js");');
  writeFileSync(join(dist, 'assets', 'antwoorden-a.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'assets', 'client-b.js'), `export const t="${randomBytes(chunkBytes).toString('base64')}";`);
  writeFileSync(join(dist, 'assets', 'lazy-c.js'), 'export const c=1;');
  writeFileSync(join(dist, 'assets', 'staff-d.js'), 'export const d=1;');
  return dist;
}

describe('the respondent bundle-size check', () => {
  it('counts what antwoorden.html loads, following static and lazy imports, and nothing else', () => {
    const dist = fakeDist();
    const names = collectFiles(dist, 'antwoorden.html').map((file) => file.slice(dist.length + 1));
    expect(names).toEqual(['assets/antwoorden-a.css', 'assets/antwoorden-a.js', 'assets/client-b.js', 'assets/lazy-c.js']);
    expect(measure(dist).total).toBeLessThan(LIMIT_BYTES);
  });

  it('goes over the limit when a chunk is too large (incompressible bytes)', () => {
    expect(LIMIT_BYTES).toBe(120 * 1024);
    expect(measure(fakeDist(130 * 1024)).total).toBeGreaterThan(LIMIT_BYTES);
  });
});
