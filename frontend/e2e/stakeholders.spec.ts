import { expect, expectAccessible, logIn, test, visit } from './fixtures';

const EDITOR = 'adviseur@rotterdam.demo';
const SHOTS = process.env.SCREENSHOT_DIR;

test.describe('belanghebbenden', () => {
  test('een belanghebbende met veel invloed en sterk geraakt staat in "Nauw betrekken" en in de tabel, met een moment van betrekken', async ({ page }) => {
    test.slow(); // one story with eight axe checks
    const name = `Directeur Bestuursdienst ${Date.now()}`;
    await logIn(page, EDITOR);
    await visit(page, '/belanghebbenden', 'Belanghebbenden');

    // Adding one with the keyboard only.
    await page.getByRole('button', { name: 'Belanghebbende toevoegen' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('region', { name: 'Nieuwe belanghebbende' });
    await expect(form.getByLabel(/^Naam/)).toBeVisible();
    await form.getByLabel(/^Naam/).focus();
    await page.keyboard.type('x'.repeat(201));
    await form.getByLabel(/^Rol/).selectOption({ label: 'Opdrachtgever' });
    await form.getByLabel(/^Invloed/).selectOption({ label: 'Hoog' });
    await form.getByLabel(/^Geraakt/).selectOption({ label: 'Hoog' });
    await form.getByLabel(/^Afdeling of eenheid/).fill('Bestuursdienst');
    await form.getByRole('button', { name: 'Belanghebbende opslaan' }).press('Enter');
    // The server's 400 on /name shows at the field.
    await expect(form.getByLabel(/^Naam/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'stakeholder form with a field error');
    await form.getByLabel(/^Naam/).fill(name);
    await form.getByRole('button', { name: 'Belanghebbende opslaan' }).press('Enter');

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `${name} is toegevoegd.` })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Nauw betrekken' })).toBeVisible();
    await expectAccessible(page, 'new stakeholder');

    // An engagement: a design session this stakeholder took part in.
    await page.getByRole('button', { name: 'Moment van betrekken toevoegen' }).click();
    await page.getByLabel(/^Soort/).selectOption({ label: 'Designsessie' });
    await page.getByLabel(/^Datum/).fill('2026-02-10');
    await expect(page.getByRole('checkbox', { name })).toBeChecked();
    await page.getByLabel(/^Samenvatting/).fill('Designsessie met oud-trainees over de rode draad');
    await page.getByLabel(/^Uitkomst/).fill('Behoefte aan peer-to-peer leren');
    await page.getByRole('button', { name: 'Moment opslaan' }).click();
    const engagement = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Designsessie, 10 feb/ }) });
    await expect(engagement).toContainText('Behoefte aan peer-to-peer leren');
    await expect(engagement).toContainText(name);
    await expectAccessible(page, 'stakeholder with an engagement');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/stakeholder-1366.png`, fullPage: true });

    // The grid and the table hold it.
    await page.getByRole('link', { name: 'Terug naar de belanghebbenden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Belanghebbenden' })).toBeVisible();
    const quadrant = page.getByRole('region', { name: /^Nauw betrekken/ });
    await expect(quadrant.getByRole('link', { name })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Tevreden houden/ }).getByRole('link', { name })).toHaveCount(0);
    const row = page.getByRole('table', { name: 'Belanghebbenden' }).getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('Opdrachtgever');
    await expect(row).toContainText('Bestuursdienst');
    await expect(row).toContainText('Nauw betrekken');
    await expectAccessible(page, 'stakeholders grid and table');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/stakeholders-1366.png`, fullPage: true });

    // Keyboard reachable: tabbing arrives at the stakeholder's chip in the grid.
    await page.getByRole('heading', { level: 1, name: 'Belanghebbenden' }).focus();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await quadrant.getByRole('link', { name }).evaluate((link) => link === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // On a phone the quadrants stack and the table's rows are cards; still accessible.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Terug naar de belanghebbenden' }).click();
    await expect(quadrant.getByRole('link', { name })).toBeVisible();
    await expectAccessible(page, 'stakeholders at 390 px');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/stakeholders-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });

    // Filtered on the quadrant through the address, then deleted with confirmation.
    const search = page.getByRole('search', { name: 'Belanghebbenden zoeken' });
    await search.getByLabel(/^Kwadrant/).selectOption({ label: 'Nauw betrekken' });
    await search.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(/kwadrant=manage_closely/);
    await expect(page.getByRole('region', { name: /^Monitoren/ }).getByRole('listitem')).toHaveCount(0);
    await quadrant.getByRole('link', { name }).click();
    await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Belanghebbenden' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `${name} is verwijderd.` })).toBeVisible();
  });

  test('een lezer ziet het raster maar kan niets toevoegen', async ({ page }) => {
    await logIn(page, 'lezer@rotterdam.demo');
    await visit(page, '/belanghebbenden', 'Belanghebbenden');
    await expect(page.getByRole('button', { name: 'Belanghebbende toevoegen' })).toHaveCount(0);
  });
});
