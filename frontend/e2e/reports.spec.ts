import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, logIn, test } from './fixtures';

const ADVISER = 'adviseur@rotterdam.demo';
const SHOTS = process.env.SCREENSHOT_DIR;
const CHANGE_CAPTION = /^Verandering per groep/;
const MEANS_CAPTION = /^Gemiddelde per moment, op een schaal van 0 tot 100/;

/** Nothing wider than the screen: the page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The body rows of a table (not its header row). */
function bodyRows(table: Locator): Locator {
  return table.locator('tbody tr');
}

/** From the cohorts list to Traineeship 2025-A's effect report, the way an adviser goes: through the cohort's
 * measurements. */
async function openEffectReport(page: Page): Promise<string> {
  await page.goto('/cohorten');
  await page.getByRole('link', { name: 'Traineeship 2025-A' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Traineeship 2025-A' })).toBeVisible();
  await page.getByRole('link', { name: 'Effectrapportage van dit cohort' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Effectrapportage Traineeship 2025-A' })).toBeVisible();
  await expect(page.getByRole('table', { name: CHANGE_CAPTION })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The change chart draws a bar and writes its value for every shown row of its table, and the same values. */
async function expectChangeChartMatchesTable(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: CHANGE_CAPTION });
  const rows = bodyRows(table);
  const shownRows = rows.filter({ hasNotText: 'niet getoond' });
  const shown = await shownRows.count();
  expect(shown).toBeGreaterThan(0);
  const chart = page.getByTestId('change-chart');
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(shown);
  const labels = chart.locator('text.lk-report-bar-label');
  await expect(labels).toHaveCount(shown);
  const differences = await shownRows.locator('td:nth-child(3)').allInnerTexts();
  expect(await labels.allTextContents()).toEqual(differences.map((text) => text.trim()));
  return shown;
}

test.describe('rapportages', () => {
  test('effectrapportage: grafieken en tabellen kloppen, filters in de URL, toetsenbord, afdrukken en export', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page, ADVISER);
    const path = await openEffectReport(page);

    // Response per round: four rounds, a bar each.
    const response = page.getByRole('table', { name: /^Respons per meting/ });
    await expect(bodyRows(response)).toHaveCount(4);
    await expect(page.getByTestId('response-chart').locator('.recharts-bar-rectangle')).toHaveCount(4);
    await expect(bodyRows(response).first()).toContainText('Voormeting');

    // Means per moment per competency: a line per table row; the charts are pictures, hidden and not focusable.
    const means = page.getByRole('table', { name: MEANS_CAPTION });
    await expect(bodyRows(means)).toHaveCount(3);
    await expect(page.getByTestId('means-chart').locator('.recharts-line')).toHaveCount(3);
    await expect(bodyRows(means).filter({ hasText: 'Verbindend' })).toContainText(/\d+,\d \(n = \d+\)/);
    for (const id of ['response-chart', 'means-chart', 'change-chart', 'levers-chart']) {
      await expect(page.getByTestId(id)).toHaveAttribute('aria-hidden', 'true');
      await expect(page.getByTestId(id).locator('[tabindex]:not([tabindex="-1"])')).toHaveCount(0);
    }

    // The change since the pre round: growth on verbindend and omgevingsbewust, in Dutch notation with its interval.
    const all = await expectChangeChartMatchesTable(page);
    const change = page.getByRole('table', { name: CHANGE_CAPTION });
    const verbindend = bodyRows(change).filter({ hasText: 'Competentie: Verbindend' });
    await expect(verbindend).toContainText(/\+\d+,\d/);
    await expect(verbindend).toContainText(/-?\d+,\d tot -?\d+,\d/);
    await expect(verbindend).toContainText(/(Groot|Middelgroot) effect/);
    await expect(bodyRows(change).filter({ hasText: 'Competentie: Omgevingsbewust' })).toContainText(/(Groot|Middelgroot) effect/);
    await expect(page.getByText(/^Voormeting → Nameting \(gepaard\)\. Gepaard: dezelfde mensen/)).toBeVisible();

    // The 12 levers × 4 moments.
    const levers = page.getByRole('table', { name: /^Gemiddelde per hefboom van transfer/ });
    await expect(bodyRows(levers)).toHaveCount(12);
    await expect(page.getByTestId('levers-chart').locator('.lk-report-heatmap__cell')).toHaveCount(48);

    // Reading aids in plain Dutch.
    await expect(page.getByRole('heading', { level: 2, name: 'Zo lees je deze rapportage' })).toBeVisible();
    await expect(page.getByText(/verwaarloosbaar effect, vanaf 0,2 klein effect/)).toBeVisible();
    await expectAccessible(page, 'effect report at 1366 px');
    await shoot(page, 'effect-report-1366');

    // Keyboard only: the level filter to "Deelnemer", then Tab to "Filters toepassen" and Enter.
    await page.getByLabel('Niveau').focus();
    await page.keyboard.press('ArrowDown'); // Alle → Deelnemer
    await expect(page.getByLabel('Niveau')).toHaveValue('participant');
    for (let i = 0; i < 8; i += 1) {
      if (await page.getByRole('button', { name: 'Filters toepassen' }).evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(page.getByRole('button', { name: 'Filters toepassen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?niveau=participant$/);
    await expect(page.getByText('1 filter actief.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters toepassen' })).toBeFocused();
    await expect(bodyRows(change).filter({ hasText: 'Niveau: Programma' })).toHaveCount(0);
    await expect(bodyRows(change).filter({ hasText: 'Niveau: Deelnemer' })).toHaveCount(1);
    const filtered = await expectChangeChartMatchesTable(page);
    expect(filtered).toBeLessThan(all);

    // A reload keeps the filter; "back" takes it away again, in the chart and the table alike.
    await page.reload();
    await expect(page.getByLabel('Niveau')).toHaveValue('participant');
    await expect(bodyRows(change).filter({ hasText: 'Niveau: Programma' })).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByLabel('Niveau')).toHaveValue('');
    await expect(bodyRows(change).filter({ hasText: 'Niveau: Programma' })).toHaveCount(1);
    expect(await expectChangeChartMatchesTable(page)).toBe(all);

    // Print: no navigation or buttons, the charts and tables in order.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters toepassen' })).toBeHidden();
    await expect(page.getByTestId('change-chart')).toBeVisible();
    await expect(page.getByRole('table', { name: CHANGE_CAPTION })).toBeVisible();
    await shoot(page, 'effect-report-print');
    await page.emulateMedia({ media: 'screen' });

    // A phone: still readable, still accessible.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('table', { name: CHANGE_CAPTION })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'effect report at 390 px');
    await shoot(page, 'effect-report-390');

    // Export: the XLSX of the report as shown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download effectrapportage (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    expect((await readFile(file)).byteLength).toBeGreaterThan(1000);
  });

  test('overzicht: per programma de cohorten, met een link naar hun effectrapportage', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page, ADVISER);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportages', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rapportages' })).toBeVisible();
    const table = page.getByRole('table', { name: /^Cohorten van / }).first();
    await expect(table.getByRole('link', { name: 'Traineeship 2025-A' })).toBeVisible();
    await expect(bodyRows(table).filter({ hasText: 'Traineeship 2025-A' })).toContainText(/effect/);
    // the running cohort's post round is still to come: no measurement yet, not a small group
    const running = bodyRows(table).filter({ hasText: 'Traineeship 2026-A' });
    await expect(running).toContainText('nog geen voor- en nameting');
    await expect(running).not.toContainText('niet getoond');
    await expectAccessible(page, 'reports overview at 1366 px');
    await shoot(page, 'overview-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'reports overview at 390 px');
    await shoot(page, 'overview-390');
    await page.setViewportSize({ width: 1366, height: 900 });
    await table.getByRole('link', { name: 'Traineeship 2025-A' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Effectrapportage Traineeship 2025-A' })).toBeVisible();
  });

  test('evaluaties van Deventer in 2014: het jaar vergeleken, een interventie in detail, jaarkiezer en export', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page);
    await page.goto('/evaluaties?jaar=2014');
    await expect(page.getByRole('heading', { level: 1, name: 'Evaluaties 2014' })).toBeVisible();
    const ranked = page.getByRole('table', { name: 'Geëvalueerde interventies in 2014, hoogst gewaardeerd eerst' });
    const rows = bodyRows(ranked);
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    await expect(rows.first()).toContainText('Hoogst gewaardeerd');
    await expect(rows.filter({ hasText: 'Laagst gewaardeerd' })).toHaveCount(1);
    await expect(rows.first()).toContainText(/\d,\d \(n = \d+\)/);
    await expect(page.getByRole('table', { name: 'Beoordeling per trainer in 2014' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Beoordeling per locatie in 2014' })).toBeVisible();
    await expectAccessible(page, 'year evaluations at 1366 px');
    await shoot(page, 'year-evaluations-1366');

    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'year evaluations at 390 px');
    await shoot(page, 'year-evaluations-390');
    await page.setViewportSize({ width: 1366, height: 900 });

    // One intervention: the whole, per session, trainer and location, the open answers.
    const first = rows.first().getByRole('link');
    const title = (await first.innerText()).trim();
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name: `Evaluaties ${title} in 2014` })).toBeVisible();
    await expect(page).toHaveURL(/\/catalogus\/[0-9a-f-]+\/evaluaties\?jaar=2014$/);
    const total = page.getByRole('table', { name: `Beoordeling per aspect van ${title} in 2014` });
    await expect(bodyRows(total).filter({ hasText: 'Totaalcijfer' })).toContainText(/\d,\d\d/);
    await expect(page.getByRole('table', { name: 'Beoordeling per bijeenkomst' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Open antwoorden' })).toBeVisible();
    await expectAccessible(page, 'intervention evaluations at 1366 px');
    await shoot(page, 'intervention-evaluations-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'intervention evaluations at 390 px');
    await shoot(page, 'intervention-evaluations-390');
    await page.setViewportSize({ width: 1366, height: 900 });

    // The year picker, by keyboard, and back.
    await page.getByLabel('Jaar', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Jaar', { exact: true })).toHaveValue('2013');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Jaar tonen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?jaar=2013$/);
    await expect(page.getByRole('heading', { level: 1, name: `Evaluaties ${title} in 2013` })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: `Evaluaties ${title} in 2014` })).toBeVisible();

    // From the catalogue's intervention page too.
    await page.getByRole('link', { name: 'Terug naar de interventie' }).click();
    await page.getByRole('link', { name: 'Evaluaties van deze interventie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Evaluaties ${title} in \\d{4}$`) })).toBeVisible();

    // The year's comparison as a file.
    await page.goto('/evaluaties?jaar=2014');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download evaluaties 2014 (CSV)' }).click(),
    ]);
    expect((await readFile(await download.path())).byteLength).toBeGreaterThan(20);
  });
});
