import { existsSync } from 'node:fs';

/** Settings shared by the Playwright config and the specs. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8765);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The demo data's password in the throwaway e2e database (never used anywhere else). */
export const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'e2e-Leerkoers-demo-2026';
export const ADMIN_EMAIL = 'admin@deventer.demo';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);
export const isCI = (): boolean => process.env.CI === 'true';
