import { expect, expectAccessible, logIn, test, visit } from './fixtures';

const ADMIN = 'admin@rotterdam.demo';
const SHOTS = process.env.SCREENSHOT_DIR;

test.describe('medewerkers', () => {
  test('een AFAS-export met één foute rij importeren, iemand vinden, de gegevens downloaden en de medewerker wissen', async ({ page }) => {
    test.slow(); // one story with several axe checks
    const run = String(Date.now()).slice(-6);
    const number = `E2E${run}`;
    const name = `Wouter Tamminga ${run} (test)`;
    const csv = [
      'Medewerker;Personeelsnummer;Naam;E-mail zakelijk;Afdeling',
      `X;${number};${name};w.tamminga.${run}@example.org;Team Jeugd`,
      `X;E2F${run};Ilse Brouwer ${run} (test);i.brouwer.${run}@example.org;Team Wonen`,
      `X;E2G${run};Kees de Wit ${run} (test);geen-adres;Team Wonen`,
    ].join('\r\n');
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page, ADMIN);
    await visit(page, '/medewerkers', 'Medewerkers');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/people-1366.png`, fullPage: true });

    // Import: the preview shows the mapping and the bad row's error before anything is written.
    await page.getByRole('link', { name: 'Importeren uit HR-bestand' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Medewerkers importeren' })).toBeVisible();
    await page.getByLabel('Bestand (CSV of XLSX)').setInputFiles({
      name: 'afas-export.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}`, 'utf-8') });
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    const preview = page.getByRole('region', { name: 'Voorbeeld' });
    await expect(preview.getByText('3 rijen: 2 goed, 1 met fouten.', { exact: false })).toBeVisible();
    await expect(preview.getByText('Personeelsnummer → Personeelsnummer')).toBeVisible();
    await expect(preview.getByText('Medewerker: niet gebruikt')).toBeVisible();
    await expect(preview.getByRole('row').filter({ hasText: `E2G${run}` })).toContainText('E-mail zakelijk:');
    await expect(preview.getByRole('row').filter({ hasText: `E2G${run}` })).toContainText('geen-adres');
    await expect(preview.getByRole('checkbox', { name: /markeren als uit dienst/ })).not.toBeChecked();
    await expectAccessible(page, 'people import preview');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/people-import-1366.png`, fullPage: true });
    await preview.getByRole('button', { name: 'Alleen de 2 goede rijen importeren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Medewerkers' })).toBeVisible();
    await expect(page.getByText('Import klaar: 2 nieuw, 0 bijgewerkt, 0 uit dienst gemarkeerd.')).toBeVisible();

    // Find the person by number, with the keyboard.
    const search = page.getByRole('searchbox', { name: /^Zoeken/ });
    await search.focus();
    await page.keyboard.type(number);
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: /^Medewerkers met/ });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row').nth(1)).toContainText('Team Jeugd');
    await table.getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expectAccessible(page, 'person page');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/person-1366.png`, fullPage: true });

    // The export downloads everything as JSON.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gegevens downloaden (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^persoonsgegevens-.+\.json$/);
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile(await file.path(), 'utf-8')) as {
      person: { employeeNumber: string }; sections: Record<string, unknown[]> };
    expect(exported.person.employeeNumber).toBe(number);
    expect(Object.keys(exported.sections)).toEqual(expect.arrayContaining(['attendance', 'enrolments']));

    // On a phone the page still reads well.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'person page at 390 px');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/person-390.png`, fullPage: true });

    // Erase: a dialog asks for the employee number; a wrong one is refused.
    await page.getByRole('button', { name: 'Medewerker wissen' }).click();
    const dialog = page.getByRole('dialog', { name: `${name} definitief wissen?` });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/^Typ het personeelsnummer/).fill('fout');
    await dialog.getByRole('button', { name: 'Ja, definitief wissen' }).click();
    await expect(dialog.getByText('Dit is niet het personeelsnummer van deze medewerker.')).toBeVisible();
    await expectAccessible(page, 'erase dialog');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/person-erase-390.png` });
    await dialog.getByLabel(/^Typ het personeelsnummer/).fill(number);
    await dialog.getByRole('button', { name: 'Ja, definitief wissen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Medewerkers' })).toBeVisible();
    await expect(page.getByText('De medewerker is gewist.')).toBeVisible();

    // Gone from the list; the list at 390 px shows cards.
    const again = page.getByRole('searchbox', { name: /^Zoeken/ });
    await again.fill(run);
    await again.press('Enter');
    const rows = page.getByRole('table', { name: /^Medewerkers met/ }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(`Ilse Brouwer ${run}`);
    await expectAccessible(page, 'people list at 390 px');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/people-390.png`, fullPage: true });
  });
});
