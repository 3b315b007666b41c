// Fails when src/api/schema.d.ts or src/api/enums.ts is not what `npm run gen:types` makes of openapi.json,
// i.e. when someone changed the OpenAPI document without regenerating.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enumsFile, readDocument, renderEnums, root } from './gen-enums.mjs';

const committed = join(root, 'src/api/schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'leerkoers-types-'));
const fresh = join(dir, 'schema.d.ts');
let stale = false;
try {
  const bin = join(root, 'node_modules/.bin/openapi-typescript');
  execFileSync(bin, [join(root, 'openapi.json'), '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (readFileSync(committed, 'utf8') !== readFileSync(fresh, 'utf8')) {
    console.error('src/api/schema.d.ts is stale: run `npm run gen:types` and commit the result.');
    stale = true;
  }
  if (readFileSync(enumsFile, 'utf8') !== renderEnums(readDocument())) {
    console.error('src/api/enums.ts is stale: run `npm run gen:types` and commit the result.');
    stale = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (stale) process.exit(1);
console.log('src/api/schema.d.ts and src/api/enums.ts match openapi.json');
