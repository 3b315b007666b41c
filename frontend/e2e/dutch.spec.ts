import { expect, expectAccessible, logIn, test, visit } from './fixtures';

// Issue 12, points 1, 7 and 8 (the shared parts): amounts as Dutch people type them, Dutch text for the
// server's problems, focus in forms, and editor pages that tell a reader up front.
test.describe('Nederlands overal', () => {
  test('een bedrag als 4.800 is vierduizend achthonderd; een bedrag dat twee kanten op kan wordt geweigerd (toetsenbord)', async ({ page }) => {
    test.setTimeout(180_000);
    const title = `Tweedaagse training ${Date.now()}`;
    await logIn(page, 'adviseur@deventer.demo');
    await visit(page, '/catalogus/nieuw', 'Nieuwe leerinterventie');
    const fixed = page.getByLabel('Vaste kosten (€)');
    await expect(fixed).toHaveValue(''); // money fields start empty, not 0.00

    // Keyboard only: type, leave the field with Tab, and save with Enter.
    await page.getByLabel(/^Naam/).focus();
    await page.keyboard.type(title);
    await fixed.focus();
    await page.keyboard.type('4.80');
    await page.keyboard.press('Tab');
    await expect(page.getByText('Dit bedrag is op twee manieren te lezen')).toBeVisible();
    await expect(fixed).toHaveAttribute('aria-invalid', 'true');
    await fixed.focus();
    await page.keyboard.press('Enter'); // submits: refused before sending, focus to the error summary
    await expect(page.locator('.lk-form-problem')).toBeFocused();
    await expect(page.getByRole('heading', { name: 'De invoer is niet in orde.' })).toBeVisible();
    await expectAccessible(page, 'ambiguous amount refused');

    await fixed.fill('');
    await fixed.focus();
    await page.keyboard.type('4.800');
    await page.keyboard.press('Tab');
    await expect(page.getByText('Wordt opgeslagen als € 4.800,00.')).toBeVisible();
    await page.getByLabel(/^In uitvoeringsprogramma van/).fill('2014');
    await page.getByLabel(/^In uitvoeringsprogramma van/).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('€ 4.800,00').first()).toBeVisible();
    await expectAccessible(page, 'intervention with 4.800 stored');

    // The edit form shows it back the Dutch way, so saving again changes nothing.
    await page.getByRole('link', { name: /Bewerken/ }).first().click();
    await expect(page.getByLabel('Vaste kosten (€)')).toHaveValue('4.800,00');
  });

  test('de import leest Nederlandse bedragen en toont ze vóór het opslaan', async ({ page }) => {
    test.setTimeout(120_000);
    await logIn(page, 'adviseur@deventer.demo');
    await visit(page, '/catalogus/importeren', 'Leerinterventies importeren');
    const csv = 'Naam;Kosten;Kosten per deelnemer;Aantal deelnemers\nImport A;4.800;12,50;10\nImport B;4.80;;\n';
    await page.getByLabel('Bestand').setInputFiles({ name: 'interventies.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await expect(page.getByRole('heading', { name: 'Voorbeeld' })).toBeVisible();
    await expect(page.getByText('Bedragen zijn gelezen als Nederlands (4.800,50), omdat de kolomnamen dat zijn.')).toBeVisible();
    await expect(page.getByText('Vaste kosten (€): € 4.800,00')).toBeVisible();
    await expect(page.getByText('€ 4.925,00').first()).toBeVisible();
    await expect(page.getByText(/Dit getal is op twee manieren te lezen: ‘4\.80’/)).toBeVisible();
    await expect(page.getByText('Totale kosten van de 1 goede rij: € 4.925,00.')).toBeVisible();
    await expectAccessible(page, 'import preview with amounts');
  });

  test('een lege inlog zegt in het Nederlands wat er mist', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByText('Vul minstens 1 teken in.')).toBeVisible(); // not "1 tekens"
    await expect(page.getByText('Vul minstens 3 tekens in.')).toBeVisible();
    await expect(page.getByText(/invalid field/)).toHaveCount(0);
    await expectAccessible(page, 'empty login');
  });

  test('een lezer op /catalogus/nieuw hoort meteen dat opslaan niet kan', async ({ page }) => {
    await logIn(page, 'lezer@deventer.demo');
    await visit(page, '/catalogus/nieuw', 'Alleen voor bewerkers');
    await expect(page.getByText(/U bent ingelogd als Lezer/)).toBeVisible();
    await expect(page.getByLabel(/^Naam/)).toHaveCount(0);
    await expect(page.getByText(/redacteur/i)).toHaveCount(0);
  });
});
