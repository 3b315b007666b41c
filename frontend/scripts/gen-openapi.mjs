// `npm run gen:openapi`: refresh openapi.json from the backend (../backend), then run
// `npm run gen:types`. The Python interpreter is $PYTHON, or the repository's .venv.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const python = process.env.PYTHON ?? join(root, '..', '.venv', 'bin', 'python');
const document = execFileSync(python, ['-m', 'app', 'openapi'], {
  cwd: join(root, '..', 'backend'),
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
JSON.parse(document); // fail here, not in openapi-typescript, if it is not JSON
writeFileSync(join(root, 'openapi.json'), document);
console.log('openapi.json updated from the backend; now run `npm run gen:types`.');
