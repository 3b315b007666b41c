import { expect, expectAccessible, logIn, test, visit } from './fixtures';

const EDITOR = 'adviseur@deventer.demo';
const SHOTS = process.env.SCREENSHOT_DIR;

test.describe('bijeenkomsten', () => {
  test('een losse bijeenkomst plannen, verplaatsen, en op een telefoon met het toetsenbord de aanwezigheid opnemen', async ({ page }) => {
    test.slow(); // one story with many axe checks
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page, EDITOR);
    await visit(page, '/bijeenkomsten', 'Bijeenkomsten');
    // Nothing in the current month: the page says it shows Deventer's nearest month, December 2014.
    await expect(page.getByText(/u ziet de dichtstbijzijnde maand met bijeenkomsten, december 2014/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Bijeenkomsten in december 2014' })).toBeVisible();
    const month = page.getByRole('table', { name: /bijeenkomst(en)? in december 2014/ });
    await expect(month.getByRole('row').filter({ hasText: 'Omgaan met agressie en geweld' })).toContainText('2 december 2014');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/sessions-1366.png`, fullPage: true });

    // The month picker steps through the months with sessions.
    await page.getByRole('button', { name: 'Vorige maand met bijeenkomsten' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Bijeenkomsten in november 2014' })).toBeVisible();
    await expect(page.getByRole('table', { name: /in november 2014/ })).toContainText('Mediation vaardigheden');
    await page.getByLabel('Maand').selectOption({ label: 'maart 2014 (2 bijeenkomsten)' });
    await expect(page.getByRole('table', { name: /in maart 2014/ })).toContainText('Marieke Hofstede (demo)');
    await expectAccessible(page, 'sessions of March 2014');

    // Planning a standalone session; an end before the start is refused at the field.
    await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    const form = page.getByRole('region', { name: 'Nieuwe bijeenkomst' });
    await form.getByLabel(/^Leerinterventie/).selectOption({ label: 'Schrijfvaardigheden' });
    await form.getByLabel(/^Datum/).fill('2014-12-09');
    await form.getByLabel('Begintijd').fill('13:00');
    await form.getByLabel('Eindtijd').fill('12:00');
    await form.getByLabel(/^Locatie/).fill('Stadhuis Deventer, zaal De Waag');
    await form.getByLabel('Trainer').selectOption({ label: 'Ruben Aalbers (demo)' });
    await form.getByLabel(/^Maximaal aantal deelnemers/).fill('12');
    await form.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await expect(form.getByLabel('Eindtijd')).toHaveAttribute('aria-invalid', 'true');
    await expect(form).toContainText('De eindtijd moet na de begintijd (13:00) liggen.');
    await expectAccessible(page, 'session form with a field error');
    await form.getByLabel('Eindtijd').fill('16:30');
    await form.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Schrijfvaardigheden' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'De bijeenkomst Schrijfvaardigheden is gepland.' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '9 december 2014' })).toBeVisible();
    await expectAccessible(page, 'new session');

    // Moving it a week on.
    await page.getByRole('button', { name: 'Wijzigen' }).click();
    await page.getByLabel(/^Datum/).fill('2014-12-16');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'de datum is 16 december 2014' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '16 december 2014' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '13:00–16:30' })).toBeVisible();
    await expectAccessible(page, 'moved session');
    await page.getByRole('link', { name: 'Terug naar de bijeenkomsten' }).click();
    await expect(page.getByRole('table', { name: /in december 2014/ }).getByRole('row').filter({ hasText: 'Schrijfvaardigheden' }))
      .toContainText('16 december 2014');

    // Attendance on a phone, keyboard only: the planned session of 2 December with its twelve attendees.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Omgaan met agressie en geweld' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Omgaan met agressie en geweld' })).toBeVisible();
    const attendance = page.getByRole('region', { name: 'Aanwezigheid' });
    await expect(attendance.getByRole('group')).toHaveCount(12);
    await expectAccessible(page, 'attendance at 390 px');
    await attendance.getByRole('button', { name: 'Iedereen aanwezig' }).focus();
    await page.keyboard.press('Enter');
    const first = attendance.getByRole('group').first();
    await expect(first.getByRole('radio', { name: 'Aanwezig' })).toBeChecked();
    // Tab reaches the first person's pair; the arrow key makes them absent.
    await page.keyboard.press('Tab');
    await expect(first.getByRole('radio', { name: 'Aanwezig' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(first.getByRole('radio', { name: 'Afwezig' })).toBeChecked();
    // Tab on through the other people to the save.
    const save = attendance.getByRole('button', { name: /^Aanwezigheid opslaan/ });
    let reached = false;
    for (let i = 0; i < 20 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await save.evaluate((button) => button === document.activeElement);
    }
    expect(reached).toBe(true);
    await expect(save).toHaveText('Aanwezigheid opslaan (12 wijzigingen)');
    const box = await save.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44); // a big touch target
    await page.keyboard.press('Enter');
    await expect(attendance.getByRole('status')).toHaveText('Aanwezigheid opgeslagen: 11 aanwezig, 1 afwezig, 0 nog open.');
    await expect(page.getByRole('table', { name: 'Aangemelde deelnemers' }).getByRole('cell', { name: 'Afwezig' })).toHaveCount(1);
    await expectAccessible(page, 'attendance taken at 390 px');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/attendance-390.png`, fullPage: true });
    await page.getByRole('link', { name: 'Terug naar de bijeenkomsten' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Bijeenkomsten in december 2014' })).toBeVisible();
    await expectAccessible(page, 'sessions at 390 px');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/sessions-390.png`, fullPage: true });
  });

  test('trainers en sluitingsdagen', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page, EDITOR);
    await visit(page, '/bijeenkomsten/trainers', 'Trainers');
    await page.getByRole('link', { name: 'Sevda Kaya (demo)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sevda Kaya (demo)' })).toBeVisible();
    await expect(page.getByRole('table', { name: /bijeenkomsten van Sevda Kaya/ })).toContainText('Vermogen tot verbinden');
    await expectAccessible(page, 'trainer page');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/trainer-1366.png`, fullPage: true });

    await visit(page, '/bijeenkomsten/sluitingsdagen', 'Sluitingsdagen');
    await expect(page.getByRole('table', { name: '3 sluitingsdagen' })).toContainText('29 december 2014');
    await page.getByLabel(/^Datum/).fill('2014-12-24');
    await page.getByLabel('Omschrijving').fill('Kerstavond');
    await page.getByRole('button', { name: 'Sluitingsdag opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: '24 december 2014 is een sluitingsdag.' })).toBeVisible();
    await page.getByLabel(/^Datum/).fill('2014-12-24');
    await page.getByRole('button', { name: 'Sluitingsdag opslaan' }).click();
    await expect(page.getByLabel(/^Datum/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'closing days with a field error');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/closing-days-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'closing days at 390 px');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/closing-days-390.png`, fullPage: true });
  });
});
