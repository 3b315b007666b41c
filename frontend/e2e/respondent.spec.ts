import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, logIn, test } from './fixtures';

const EDITOR = 'adviseur@rotterdam.demo';
const SHOTS = process.env.SCREENSHOT_DIR;
const PHONE = { width: 390, height: 844 };
const SMALL = { width: 320, height: 640 };

/** A staff API call with the session's CSRF token; fails the test on an unexpected status. */
async function api(page: Page, method: 'post' | 'patch', path: string, data: unknown, headers: Record<string, string> = {}) {
  const me = await (await page.request.get('/api/v1/auth/me')).json();
  const response = await page.request[method](`/api/v1${path}`, { data, headers: { 'X-CSRF-Token': me.csrfToken, ...headers } });
  expect(response.ok(), `${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return { body: await response.json(), etag: response.headers()['etag'] ?? '' };
}

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

/** A published three-question instrument, a round of the demo cohort with it, and the invitation links. */
async function roundWithLinks(page: Page, opensAt: string, closesAt: string): Promise<{ roundId: string; links: string[] }> {
  const title = `Terugblik ${Date.now()}`;
  const { body: instrument } = await api(page, 'post', '/instruments', {
    title, purpose: 'custom', intro: 'Fijn dat u meedoet.', closing: 'Dank u wel: uw antwoorden helpen de opleiding beter te maken.',
  });
  await api(page, 'post', `/instruments/${instrument.id}/questions`, { text: 'Ik kan het geleerde toepassen in mijn werk.', type: 'likert_5' });
  await api(page, 'post', `/instruments/${instrument.id}/questions`, {
    text: 'Welk onderdeel was het nuttigst?', type: 'single_choice',
    options: [{ key: 'theorie', label: 'De theorie' }, { key: 'praktijk', label: 'De praktijkopdrachten' }],
  });
  await api(page, 'post', `/instruments/${instrument.id}/questions`, { text: 'Wat wilt u nog kwijt?', type: 'open_text', required: false });
  await api(page, 'post', `/instruments/${instrument.id}/publish`, {});
  const cohorts = await (await page.request.get('/api/v1/cohorts?q=Traineeship%202026-A')).json();
  const { body: round } = await api(page, 'post', '/rounds', {
    instrumentId: instrument.id, cohortId: cohorts.items[0].id, moment: 'custom', title, opensAt, closesAt,
  });
  const { body: invited } = await api(page, 'post', `/rounds/${round.id}/invitations`, {});
  const links = (invited.links as { link: string }[]).map(({ link }) => link);
  expect(links.length).toBeGreaterThan(1);
  for (const link of links) expect(link).toMatch(/\/antwoorden#[^/?#]+$/);
  return { roundId: round.id, links };
}

/** The link's path and fragment (the link names the server's public address; the test's server is BASE_URL). */
const local = (link: string) => link.slice(link.indexOf('/antwoorden'));

async function phone(browser: Browser, viewport = PHONE) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  return { context, page: await context.newPage() };
}

test.describe('de vragenlijst voor respondenten', () => {
  test('invullen op een telefoon, weggaan, verder in een nieuwe browser en versturen', async ({ page: staff, browser }) => {
    test.slow();
    await logIn(staff, EDITOR);
    const { roundId, links } = await roundWithLinks(staff, hours(-1), hours(24 * 7));
    const requests: string[] = [];
    // The adviser watches the round's completion while the respondent answers.
    await staff.goto(`/rondes/${roundId}`);
    const progress = staff.getByRole('region', { name: 'Voortgang' });
    await expect(progress).toContainText(`0 van ${links.length} ingevuld (0 %)`);

    // First visit: the API is unreachable at first, then the page loads on "Opnieuw proberen".
    const first = await phone(browser);
    first.page.on('request', (request) => requests.push(request.url()));
    await first.page.route('**/api/v1/respondent/**', (route) => route.abort('internetdisconnected'));
    await first.page.goto(local(links[0]!));
    await expect(first.page.getByRole('heading', { level: 1, name: 'Geen verbinding' })).toBeVisible();
    await expectAccessible(first.page, 'no connection at first load');
    await first.page.unroute('**/api/v1/respondent/**');
    await first.page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(first.page.getByRole('heading', { level: 1, name: /^Terugblik/ })).toBeVisible();
    await expect(first.page.getByRole('heading', { name: 'Wat er wordt bewaard' })).toBeVisible();
    await expect(first.page.getByText('0 van 3 vragen beantwoord')).toBeVisible();
    await expectAccessible(first.page, 'the questionnaire, empty');

    // Answer the first question: the draft is saved after a moment.
    const likert = first.page.getByRole('group', { name: /Ik kan het geleerde toepassen/ });
    await likert.getByRole('radio', { name: '4' }).check();
    await expect(first.page.getByRole('status').filter({ hasText: /^Opgeslagen om \d\d:\d\d$/ })).toBeVisible();
    await expect(first.page.getByText('1 van 3 vragen beantwoord')).toBeVisible();

    // Offline: the page says so and saves once the connection is back.
    await first.context.setOffline(true);
    await first.page.getByLabel(/Wat wilt u nog kwijt/).fill('Meer praktijk graag.');
    await expect(first.page.getByRole('status').filter({ hasText: /Offline: wordt opnieuw geprobeerd/ })).toBeVisible();
    await expectAccessible(first.page, 'saving while offline');
    await first.context.setOffline(false);
    await expect(first.page.getByRole('status').filter({ hasText: /^Opgeslagen om/ })).toBeVisible({ timeout: 15_000 });
    if (SHOTS) await first.page.screenshot({ path: `${SHOTS}/respondent-390.png`, fullPage: true });
    await first.context.close();

    // The token never went into a path or query.
    const token = links[0]!.split('#')[1]!;
    expect(requests.filter((url) => url.includes(token))).toEqual([]);

    // Resume in a new browser (no local storage carried over), at 320 px.
    const second = await phone(browser, SMALL);
    await second.page.goto(local(links[0]!));
    await expect(second.page.getByRole('heading', { level: 1, name: /^Terugblik/ })).toBeVisible();
    await expect(second.page.getByRole('group', { name: /Ik kan het geleerde toepassen/ }).getByRole('radio', { name: '4' })).toBeChecked();
    await expect(second.page.getByLabel(/Wat wilt u nog kwijt/)).toHaveValue('Meer praktijk graag.');
    await expect(second.page.getByText('2 van 3 vragen beantwoord')).toBeVisible();
    expect(await second.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(second.page, 'the questionnaire resumed at 320 px');

    // Submitting with a required question open: an error summary, the focus on that question.
    await second.page.getByRole('button', { name: 'Versturen' }).click();
    await expect(second.page.getByRole('heading', { name: 'Er ontbreekt nog iets' })).toBeVisible();
    const choice = second.page.getByRole('group', { name: /Welk onderdeel was het nuttigst/ });
    await expect(choice.getByRole('radio', { name: 'De theorie' })).toBeFocused();
    await expect(choice.getByText('Deze vraag is verplicht. Geef een antwoord.')).toBeVisible();
    await expectAccessible(second.page, 'the error summary');
    await second.page.getByRole('link', { name: /Vraag 2: Deze vraag is verplicht/ }).click();
    expect(new URL(second.page.url()).hash).toBe(`#${token}`); // the link keeps the token in place
    await choice.getByRole('radio', { name: 'De praktijkopdrachten' }).check();
    await expect(second.page.getByRole('heading', { name: 'Er ontbreekt nog iets' })).toBeHidden();

    await second.page.getByRole('button', { name: 'Versturen' }).click();
    await expect(second.page.getByRole('heading', { level: 1, name: 'Bedankt voor het invullen' })).toBeVisible();
    await expect(second.page.getByText('Dank u wel: uw antwoorden helpen de opleiding beter te maken.')).toBeVisible();
    await expectAccessible(second.page, 'the thank-you page');
    if (SHOTS) await second.page.screenshot({ path: `${SHOTS}/respondent-thanks-320.png`, fullPage: true });
    // ... and sees it rise without reloading (the page asks again every 10 s).
    await expect(progress).toContainText(`1 van ${links.length} ingevuld`, { timeout: 20_000 });

    // The same link again: already completed.
    await second.page.reload();
    await expect(second.page.getByRole('heading', { level: 1, name: 'U hebt deze vragenlijst al ingevuld' })).toBeVisible();
    await expectAccessible(second.page, 'already completed');
    await second.context.close();
  });

  test('een onbekende link, geen link, een ronde die nog niet open is en een gesloten ronde', async ({ page: staff, browser }) => {
    test.slow();
    const { page, context } = await phone(browser);
    await page.goto('/antwoorden#dit-is-geen-geldige-token');
    await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeVisible();
    await expectAccessible(page, 'unknown link');
    await page.goto('/antwoorden');
    await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeVisible();

    await logIn(staff, EDITOR);
    const { roundId, links } = await roundWithLinks(staff, hours(48), hours(24 * 7));
    await page.goto(local(links[0]!));
    await expect(page.getByRole('heading', { level: 1, name: 'Deze vragenlijst is nog niet open' })).toBeVisible();
    await expect(page.getByText(/^U kunt invullen vanaf \d{1,2} \w+ \d{4} om \d\d:\d\d\./)).toBeVisible();
    await expectAccessible(page, 'not open yet');

    // open now, until in an hour: the form loads
    const patchTimes = async (times: { opensAt: string; closesAt: string }) => {
      const round = await staff.request.get(`/api/v1/rounds/${roundId}`);
      await api(staff, 'patch', `/rounds/${roundId}`, times, { 'If-Match': round.headers()['etag'] ?? '' });
    };
    await patchTimes({ opensAt: hours(-48), closesAt: hours(1) });
    await page.clock.install();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Versturen' })).toBeVisible();
    // the round closes while the page is open, and the page's clock passes the closing time it loaded: the next
    // save is refused as an unknown link would be, and the page, knowing the closing time, says it is closed
    await patchTimes({ opensAt: hours(-48), closesAt: hours(-1) });
    await page.clock.setSystemTime(new Date(Date.now() + 2 * 3600_000));
    await page.getByRole('radio').first().check();
    await expect(page.getByRole('heading', { level: 1, name: 'Deze vragenlijst is gesloten' })).toBeVisible();
    await expect(page.getByText(/^Invullen kon tot \d{1,2} \w+ \d{4} om \d\d:\d\d\./)).toBeVisible();
    await expectAccessible(page, 'closed');
    // opened afresh, a closed round's link reads as any link that does not work: it gives nothing away
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeVisible();
    await context.close();
  });
});
