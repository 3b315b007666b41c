import type { Page } from '@playwright/test';
import { expect, logIn, test } from './fixtures';

const EDITOR = 'adviseur@rotterdam.demo';
// Markup that would run if any page rendered text as HTML: each sets a flag the test then looks for.
const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMAGE = '<img src=x onerror="window.__pwned = \'img\'">';
const LINK = '<a href="javascript:window.__pwned=1">klik</a>';

async function api(page: Page, method: 'post' | 'patch', path: string, data: unknown) {
  const me = await (await page.request.get('/api/v1/auth/me')).json();
  const response = await page.request[method](`/api/v1${path}`, { data, headers: { 'X-CSRF-Token': me.csrfToken } });
  expect(response.ok(), `${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

/** The markup shows as the text it is, and nothing of it ran or became an element. */
async function expectInert(page: Page, ...texts: string[]) {
  for (const text of texts) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('main img[src="x"], main script, main a[href^="javascript:"]')).toHaveCount(0);
}

test('HTML and script in names, instruments, questions and answers stay text for staff and respondents', async ({ page, browser }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await logIn(page, EDITOR);
  const trainer = await api(page, 'post', '/trainers', { name: `Trainer ${IMAGE}` });
  const instrument = await api(page, 'post', '/instruments', {
    title: `Vragenlijst ${SCRIPT}`, purpose: 'custom', intro: `Welkom ${LINK}`, closing: `Dank ${IMAGE}`,
  });
  const question = await api(page, 'post', `/instruments/${instrument.id}/questions`, {
    text: `Vraag ${IMAGE}`, type: 'single_choice', helpText: `Uitleg ${SCRIPT}`,
    options: [{ key: 'a', label: `Optie ${LINK}` }, { key: 'b', label: 'Gewoon' }],
  });
  const open = await api(page, 'post', `/instruments/${instrument.id}/questions`, { text: 'Nog iets?', type: 'open_text', required: false });
  await api(page, 'post', `/instruments/${instrument.id}/publish`, {});
  const cohorts = await (await page.request.get('/api/v1/cohorts?q=Traineeship%202026-A')).json();
  const now = Date.now();
  const round = await api(page, 'post', '/rounds', {
    instrumentId: instrument.id, cohortId: cohorts.items[0].id, moment: 'custom', title: `Ronde ${SCRIPT}`,
    opensAt: new Date(now - 3_600_000).toISOString(), closesAt: new Date(now + 86_400_000).toISOString(),
  });
  const invited = await api(page, 'post', `/rounds/${round.id}/invitations`, {});
  const link: string = invited.links[0].link;

  // the respondent answers with markup of their own
  const respondent = await (await browser.newContext()).newPage();
  respondent.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await respondent.goto(link.slice(link.indexOf('/antwoorden')));
  await expect(respondent.getByRole('heading', { level: 1, name: /^Ronde <script>/ })).toBeVisible();
  await expectInert(respondent, `Vraag ${IMAGE}`, `Uitleg ${SCRIPT}`, `Optie ${LINK}`, `Welkom ${LINK}`);
  await respondent.getByRole('radio', { name: `Optie ${LINK}` }).check();
  await respondent.getByRole('textbox', { name: /Nog iets/ }).fill(`Antwoord ${SCRIPT} ${IMAGE}`);
  await respondent.getByRole('button', { name: 'Versturen' }).click();
  await expect(respondent.getByRole('heading', { level: 1, name: 'Bedankt voor het invullen' })).toBeVisible();
  await expectInert(respondent, `Dank ${IMAGE}`);

  // staff read every one of them back
  await page.goto(`/vragenlijsten/${instrument.id}`);
  await expectInert(page, `Vragenlijst ${SCRIPT}`, `Vraag ${IMAGE}`);
  await page.goto(`/vragenlijsten/${instrument.id}/voorbeeld`);
  await expectInert(page, `Vraag ${IMAGE}`, `Optie ${LINK}`);
  await page.goto(`/rondes/${round.id}`);
  await expectInert(page, `Ronde ${SCRIPT}`);
  await page.goto(`/bijeenkomsten/trainers/${trainer.id}`);
  await expectInert(page, `Trainer ${IMAGE}`);
  // the respondent's markup reaches staff in the export, as text (a cell, never a formula or markup that runs)
  const csv = await (await page.request.get(`/api/v1/rounds/${round.id}/responses/export?format=csv`)).text();
  expect(csv).toContain(`Antwoord ${SCRIPT} ${IMAGE}`.replace(/"/g, '""'));
  expect(question.id && open.id).toBeTruthy();
  expect(dialogs).toEqual([]);
});
