import type { Page } from '@playwright/test';
import { expect, expectAccessible, logIn, test, visit } from './fixtures';

const EDITOR = 'adviseur@rotterdam.demo';
const SHOTS = process.env.SCREENSHOT_DIR;

interface Person { id: string; name: string; team: string; employeeNumber: string }

/** The trainees of Rotterdam's demo cohort: people the search (`GET /people?search=`) finds. */
async function demoPeopleSearch(page: Page): Promise<Person[]> {
  const cohorts = await (await page.request.get('/api/v1/cohorts?q=Traineeship%202026-A')).json();
  const demo = cohorts.items[0].id as string;
  const enrolments = await (await page.request.get(`/api/v1/cohorts/${demo}/enrolments?role=participant&pageSize=200`)).json();
  return enrolments.items.map((e: { person: Person }) => e.person);
}

async function sessionsOf(page: Page, cohortId: string) {
  const r = await page.request.get(`/api/v1/cohorts/${cohortId}/schedule?pageSize=200`);
  return (await r.json()).items as { id: string; placementId: string; day: string; sequence: number }[];
}

test.describe('cohorten', () => {
  test('een cohort aanmaken, mensen inschrijven, koppels maken, de planning bevestigen en een bijeenkomst verzetten', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page, EDITOR);
    const people = await demoPeopleSearch(page);
    await visit(page, '/cohorten', 'Cohorten');
    await expect(page.getByRole('table', { name: /^Cohorten/ }).getByRole('link', { name: 'Traineeship 2026-A' })).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/cohorts-1366.png`, fullPage: true });

    // A new cohort, its name suggested from the programme and the start year; keyboard only.
    await page.getByRole('button', { name: 'Nieuw cohort' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('region', { name: 'Nieuw cohort' });
    await form.getByLabel(/^Programma/).selectOption({ label: 'Traineeship Tijdreis Rotterdam' });
    await form.getByLabel(/^Startdatum/).fill('2027-04-27'); // Koningsdag
    await expect(form.getByLabel(/^Naam/)).toHaveValue(/^Traineeship Tijdreis Rotterdam 2027-[A-Z]$/);
    await expectAccessible(page, 'new cohort form');
    await form.getByRole('button', { name: 'Cohort aanmaken' }).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /^Traineeship Tijdreis Rotterdam 2027-/ })).toBeVisible();
    const cohortId = page.url().split('/').at(-1) ?? '';
    await expect(page.getByRole('definition').filter({ hasText: '27 april 2027' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '27 oktober 2028' })).toBeVisible(); // + 18 months
    await expectAccessible(page, 'new cohort');

    // Three trainees, found by search.
    const panel = page.getByRole('region', { name: 'Deelnemers en rollen' });
    await panel.getByLabel(/^Zoek een medewerker/).fill('demo');
    await panel.getByRole('button', { name: 'Zoeken' }).click();
    for (const person of people.slice(0, 3)) await panel.getByRole('checkbox', { name: person.name }).check();
    await panel.getByRole('button', { name: '3 personen toevoegen' }).click();
    const enrolled = panel.getByRole('table', { name: '3 personen in dit cohort' });
    await expect(enrolled).toBeVisible();
    await expect(enrolled.getByRole('row').filter({ hasText: people[0]!.name })).toBeVisible();
    await expectAccessible(page, 'cohort with people');

    // Buddy pairs: propose, propose again, save; the odd one out is named.
    const buddies = page.getByRole('region', { name: 'Buddykoppels' });
    await buddies.getByRole('button', { name: 'Koppels voorstellen' }).click();
    await expect(buddies.getByRole('table', { name: '1 buddykoppel' })).toBeVisible();
    await expect(buddies.getByText(/^Zonder koppel: /)).toBeVisible();
    await buddies.getByRole('button', { name: 'Opnieuw voorstellen' }).click();
    await buddies.getByRole('button', { name: 'Koppels opslaan' }).click();
    await expect(buddies.getByText('Dit voorstel is nog niet opgeslagen.')).toHaveCount(0);
    await expectAccessible(page, 'cohort with buddy pairs');

    // The schedule: proposed with the reasons of its moves, then confirmed.
    const plan = page.getByRole('region', { name: 'Planning' });
    await plan.getByRole('button', { name: 'Planning voorstellen' }).click();
    const proposal = plan.getByRole('table', { name: /^Voorgestelde planning/ });
    await expect(proposal).toBeVisible();
    await expect(proposal.getByRole('row').filter({ hasText: 'Koningsdag' }).first()).toBeVisible();
    await expectAccessible(page, 'schedule proposal');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/cohort-proposal-1366.png`, fullPage: true });
    await plan.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^De planning is bevestigd: \d+ nieuw, 0 gewijzigd/ })).toBeVisible();
    const before = await sessionsOf(page, cohortId);
    expect(before.length).toBeGreaterThan(10);
    expect(before[0]!.day).toBe('2027-04-28');
    await expect(page.getByRole('region', { name: 'Tijdlijn' }).getByRole('heading', { name: 'Halfjaar 1: Verleden' })).toBeVisible();
    const calendar = page.getByRole('region', { name: 'Maandkalender' });
    await expect(calendar.getByRole('table', { name: 'Bijeenkomsten in april 2027' })).toBeVisible();
    await calendar.getByRole('button', { name: 'Volgende maand' }).focus();
    await page.keyboard.press('Enter');
    await expect(calendar.getByRole('table', { name: 'Bijeenkomsten in mei 2027' })).toBeVisible();
    await expectAccessible(page, 'cohort with its schedule');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/cohort-1366.png`, fullPage: true });

    // Moving one session: edit its proposed date, confirm again: the same session, a new SEQUENCE.
    await plan.getByRole('button', { name: 'Planning voorstellen' }).click();
    await proposal.getByRole('textbox', { name: /^Datum van / }).first().fill('2027-04-29');
    await plan.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De planning is bevestigd: 0 nieuw, 1 gewijzigd, 0 geannuleerd.' })).toBeVisible();
    const after = await sessionsOf(page, cohortId);
    const moved = after.filter((s) => s.day === '2027-04-29');
    expect(moved).toHaveLength(1);
    const was = before.find((s) => s.id === moved[0]!.id)!; // the same session (id, so calendar UID), moved
    expect(was.day).toBe('2027-04-28');
    expect(moved[0]!.sequence).toBe(was.sequence + 1);
    expect(after.map((s) => s.id).sort()).toEqual(before.map((s) => s.id).sort());

    // On a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, `/cohorten/${cohortId}`, /^Traineeship Tijdreis Rotterdam 2027-/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/cohort-390.png`, fullPage: true });
    await visit(page, '/cohorten', 'Cohorten');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/cohorts-390.png`, fullPage: true });
  });
});
