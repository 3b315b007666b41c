import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { ADMIN_EMAIL, DEMO_PASSWORD } from './environment';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now; fails with a readable list of violations. */
/** axe-core (WCAG 2.1 AA) on the page, or only within `selector` when the rest was checked just before (a
 * large page, such as a programme's framework, takes a loaded machine many seconds a run). */
export async function expectAccessible(page: Page, what: string, selector?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  const results = await (selector ? builder.include(selector) : builder).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** Opens a page by address, waits for its h1, and checks it with axe. */
export async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectAccessible(page, path);
}

export async function logIn(page: Page, email = ADMIN_EMAIL, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Welkom, / })).toBeVisible();
}

export const test = base.extend<{ adminPage: Page }>({
  adminPage: async ({ page }, use) => {
    await logIn(page);
    await use(page);
  },
});

export { expect };

/** POST a JSON body to the API as the logged-in user (with the CSRF token); the test fails unless it is 201. */
export async function post(page: Page, path: string, data: unknown): Promise<{ id: string }> {
  const me = await (await page.request.get('/api/v1/auth/me')).json();
  const response = await page.request.post(`/api/v1${path}`, { data, headers: { 'X-CSRF-Token': me.csrfToken } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}
