import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { BASE_URL, CHROMIUM_PATH, chromiumAvailable, DEMO_PASSWORD, E2E_PORT, isCI } from './e2e/environment';

// Browser tests run against the real backend serving the built SPA (frontend/dist), on a fresh
// SQLite database with the demo data. Chromium is Debian's (never a Playwright download).
if (!chromiumAvailable() && isCI()) {
  throw new Error(`No Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH); CI=true requires the browser tests.`);
}
if (!existsSync(new URL('./dist/index.html', import.meta.url))) {
  throw new Error('frontend/dist is missing: run `npm run build` before `npm run test:e2e`.');
}

const python = process.env.PYTHON ?? '../.venv/bin/python';
const serverEnv = {
  DATABASE_URL: 'sqlite:///../data/e2e.db',
  DEMO_DATA: 'true',
  DEMO_PASSWORD,
  FRONTEND_DIST: '../frontend/dist',
  PORT: String(E2E_PORT),
  HOST: '127.0.0.1',
  SECRET_KEY: 'e2e-only-secret-key-not-for-production-use',
  LOG_LEVEL: 'WARNING',
};

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  // One backend on one SQLite file: specs run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI(),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // From frontend/: a fresh database, migrations and demo data, then the server.
    command: `rm -f ../data/e2e.db ../data/e2e.db-wal ../data/e2e.db-shm && mkdir -p ../data && cd ../backend && ${python} -m app migrate && exec ${python} -m app serve`,
    url: `${BASE_URL}/api/v1/health`,
    env: serverEnv,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
