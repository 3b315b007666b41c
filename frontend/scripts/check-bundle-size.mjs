#!/usr/bin/env node
// The respondent's page (/antwoorden) must stay small: at most 120 kB gzipped JavaScript and CSS for everything
// dist/antwoorden.html loads, following each script's imports (static and dynamic). Run after `vite build`
// (`npm run build` does); exits 1 above the limit.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const LIMIT_BYTES = 120 * 1024;

/** The files (absolute paths) `html` in `dist` loads, and every JS/CSS file those import. */
export function collectFiles(dist, html) {
  const page = readFileSync(join(dist, html), 'utf8');
  const queue = [];
  for (const match of page.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"[^>]*>/g)) {
    const url = match[1];
    if (/^(https?:)?\/\//.test(url) || !/\.(m?js|css)(\?|$)/.test(url)) continue;
    queue.push(join(dist, url.replace(/^\//, '').split('?')[0]));
  }
  const seen = new Set();
  while (queue.length) {
    const file = normalize(queue.shift());
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${html} refers to ${file}, which is not in ${dist}`);
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    const specifiers = [
      ...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g),
      ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
      ...code.matchAll(/["'](\/?assets\/[^"']+\.(?:js|css))["']/g),
    ].map((m) => m[1]);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else if (/^\/?assets\//.test(specifier)) queue.push(join(dist, specifier.replace(/^\//, '')));
    }
  }
  return [...seen].sort();
}

export function measure(dist, html = 'antwoorden.html') {
  const files = collectFiles(dist, html).map((file) => ({ file, gzip: gzipSync(readFileSync(file), { level: 9 }).length }));
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', process.argv[2] ?? 'dist');
  const { files, total } = measure(dist);
  for (const { file, gzip } of files) console.log(`${(gzip / 1024).toFixed(1).padStart(7)} kB  ${file.slice(dist.length + 1)}`);
  const verdict = total <= LIMIT_BYTES ? 'ok' : 'TOO LARGE';
  console.log(`${(total / 1024).toFixed(1).padStart(7)} kB  antwoorden.html in all (gzip), limit ${LIMIT_BYTES / 1024} kB: ${verdict}`);
  if (total > LIMIT_BYTES) process.exit(1);
}
