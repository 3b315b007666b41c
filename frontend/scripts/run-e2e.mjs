// `npm run test:e2e`: the Playwright browser tests, or a clear skip when there is no Chromium
// (except on CI, where a missing browser is a failure). Arguments are passed on to Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.env.CI === 'true') {
    console.error(`e2e: no Chromium at ${chromium} (set CHROMIUM_PATH). CI=true requires the browser tests.`);
    process.exit(1);
  }
  console.warn(`e2e: SKIPPED, no Chromium at ${chromium}. Install Debian's chromium or set CHROMIUM_PATH.`);
  process.exit(0);
}
const result = spawnSync('playwright', ['test', ...process.argv.slice(2)], { stdio: 'inherit', shell: false,
  env: { ...process.env, PATH: `${new URL('../node_modules/.bin', import.meta.url).pathname}:${process.env.PATH}` } });
process.exit(result.status ?? 1);
