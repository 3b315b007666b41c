import { expect, expectAccessible, test } from './fixtures';

test.describe('startpagina', () => {
  test('het dashboard toont het jaar van het plan: budget per stroom, programma en open punten', async ({ adminPage: page }) => {
    // Logged in, the start page is open.
    const year = page.getByRole('heading', { level: 2, name: /^Het jaar \d{4}$/ });
    await expect(year).toBeVisible();
    const shown = Number((await year.innerText()).slice(-4));
    expect(shown).toBeGreaterThanOrEqual(2014);
    expect(shown).toBeLessThanOrEqual(2017);
    const table = page.getByRole('table', { name: `Budget, gepland, verplicht, besteed en resterend per stroom in ${shown}` });
    await expect(table.getByRole('row', { name: /^Strategisch/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /^Totaal/ })).toBeVisible();
    await expect(page.getByText(new RegExp(`^\\d+ interventies? in ${shown}, samen €`))).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /open punt/ })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Rapportages' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Cohorten' })).toBeVisible();
    await expectAccessible(page, 'home dashboard');
    await page.getByRole('link', { name: `Naar de budgetten ${shown}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Budgetten ${shown}` })).toBeVisible();
  });

  test('op een telefoon van 390 px blijft het dashboard leesbaar', async ({ adminPage: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('heading', { level: 2, name: /^Het jaar \d{4}$/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'home dashboard on a phone');
  });
});
