// Fails when src/api/schema.d.ts is not what openapi-typescript makes of openapi.json,
// i.e. when someone changed the OpenAPI document without running `npm run gen:types`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/api/schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'leerkoers-types-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const bin = join(root, 'node_modules/.bin/openapi-typescript');
  execFileSync(bin, [join(root, 'openapi.json'), '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const a = readFileSync(committed, 'utf8');
  const b = readFileSync(fresh, 'utf8');
  if (a !== b) {
    console.error('src/api/schema.d.ts is stale: run `npm run gen:types` and commit the result.');
    process.exit(1);
  }
  console.log('src/api/schema.d.ts matches openapi.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
