import { expect, expectAccessible, test, visit } from './fixtures';

const SHOTS = process.env.SCREENSHOT_DIR;

test.describe('leertijd', () => {
  test('teams tegen de norm lezen, een ander jaar kiezen met het toetsenbord, en op een telefoon', async ({ adminPage: page }) => {
    test.setTimeout(120_000);
    await visit(page, '/medewerkers/leertijd?jaar=2014', 'Leertijd per team 2014');
    await expect(page.getByText('Norm: 12 leerdagen per fte.')).toBeVisible();
    const table = page.getByRole('table', { name: 'Uren per team in 2014' });
    // Deventer's demo: 92,40 fte in Publiekszaken x 12 days x 8 hours; 30 of its staff in the demo people.
    const row = table.getByRole('row', { name: /^Publiekszaken en Dienstverlening/ });
    await expect(row).toContainText('8.870,4');
    await expect(row).toContainText('92,4');
    await expect(row.getByRole('cell').first()).toHaveText('30');
    await expect(table.getByRole('row', { name: /^Totaal/ })).toContainText('850,4');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/leertijd-1366.png`, fullPage: true });

    // Keyboard only: from the heading to the next year's link, and Enter.
    await page.getByRole('heading', { level: 1 }).focus();
    const next = page.getByRole('link', { name: 'Volgend jaar (2015)' });
    for (let i = 0; i < 5 && !(await next.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Leertijd per team 2015' })).toBeVisible();
    await expect(page).toHaveURL(/jaar=2015/);
    await expectAccessible(page, 'learning time 2015');
  });

  test('past op een telefoon van 390 px', async ({ adminPage: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, '/medewerkers/leertijd?jaar=2014', 'Leertijd per team 2014');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/leertijd-390.png`, fullPage: true });
    await page.getByRole('rowheader', { name: /^Vergunningverlening/ }).scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/leertijd-390-card.png` });
  });
});
