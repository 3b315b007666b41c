/**
 * Every literal translation key used in the source exists in Dutch (and so, by the parity test,
 * in English). Catches typos that would show a raw key to the user.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '.';

const SRC = resolve(process.cwd(), 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function has(namespace: string, key: string): boolean {
  const tree = resources.nl?.[namespace] as Record<string, unknown> | undefined;
  const lookup = (k: string) => k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string';
}

describe('translation keys in the source', () => {
  it('all exist', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of files(SRC)) {
      const text = readFileSync(file, 'utf8');
      // Which namespace each translate function of this file uses.
      const bindings = new Map<string, string>();
      for (const m of text.matchAll(/const\s*\{\s*t(?:\s*:\s*(\w+))?[^}]*\}\s*=\s*useTranslation\(\s*(?:'(\w+)')?\s*\)/g)) {
        bindings.set(m[1] ?? 't', m[2] ?? 'common');
      }
      for (const [fn, namespace] of bindings) {
        for (const m of text.matchAll(new RegExp(`\\b${fn}\\(\\s*'([\\w.]+)'`, 'g'))) {
          checked += 1;
          if (!has(namespace, m[1]!)) missing.push(`${relative(SRC, file)}: ${namespace}:${m[1]}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
