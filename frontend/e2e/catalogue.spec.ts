import { expect, expectAccessible, logIn, test, visit } from './fixtures';

test.describe('catalogus', () => {
  test('aanmaken met foutmeldingen, filteren via de URL, bewerken en verwijderen', async ({ adminPage: page }) => {
    const stamp = `E2E-${Date.now()}`;
    const title = `Basistraining schrijven ${stamp}`;
    await visit(page, '/catalogus', 'Catalogus');
    await expect(page.getByRole('table', { name: 'Leerinterventies' })).toBeVisible();

    await page.getByRole('link', { name: 'Nieuwe leerinterventie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe leerinterventie' })).toBeVisible();
    await expectAccessible(page, 'new intervention form');

    // The server's field errors land at their fields.
    await page.getByLabel('Vaste kosten (€)').fill('-10');
    await page.getByRole('button', { name: 'Leerinterventie opslaan' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expect(page.getByLabel(/^Naam/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Vaste kosten (€)')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'new intervention form with errors');

    await page.getByLabel(/^Naam/).fill(title);
    await page.getByLabel('Status').selectOption({ label: 'Deels bestaand' });
    await page.getByLabel('Categorie').selectOption({ label: 'Basisvaardigheden' });
    await page.getByLabel('Doelgroep', { exact: true }).fill('Medewerkers die brieven schrijven');
    await page.getByLabel('Duur in dagen').fill('2');
    await page.getByLabel('Vaste kosten (€)').fill('1.500,00');
    await page.getByLabel('Kosten per deelnemer (€)').fill('25');
    await page.getByLabel('Verwacht aantal deelnemers').fill('10');
    await page.getByLabel(/^In uitvoeringsprogramma van/).fill('2014, 2015');
    await page.getByRole('button', { name: 'Leerinterventie opslaan' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'is aangemaakt' })).toBeVisible();
    await expect(page.getByText('Evaluatieformulier nodig', { exact: true })).toBeVisible();
    await expect(page.getByText('€ 1.750,00')).toBeVisible();
    await expectAccessible(page, 'intervention detail');

    // Filters live in the URL: a shared link shows the same selection.
    await visit(page, '/catalogus', 'Catalogus');
    await page.getByRole('searchbox', { name: 'Zoek in naam, doel, inhoud en doelgroep' }).fill(stamp);
    await page.getByLabel('Categorie').selectOption({ label: 'Basisvaardigheden' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(/categorie=basic_skill/);
    await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
    const rows = page.getByRole('table', { name: 'Leerinterventies' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Deels bestaand');
    await expect(rows.nth(1)).toContainText('Nodig');
    await expectAccessible(page, 'filtered catalogue');

    const shared = page.url();
    await page.goto('/');
    await page.goto(shared);
    await expect(page.getByRole('table', { name: 'Leerinterventies' }).getByRole('row')).toHaveCount(2);
    await expect(page.getByLabel('Categorie')).toHaveValue('basic_skill');

    await page.getByText('Meer filters').click();
    await page.getByLabel('Verplicht').selectOption({ label: 'Ja' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(/verplicht=ja/);
    await expect(page.getByText('Geen leerinterventies gevonden die aan uw filters voldoen.')).toBeVisible();
    await expectAccessible(page, 'empty filter result');

    await page.goto(`/catalogus?q=${stamp}&jaar=2015`);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${title} bewerken` })).toBeVisible();
    await expectAccessible(page, 'edit intervention form');
    await page.getByLabel(/^Naam/).fill(`${title} (herzien)`);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${title} (herzien)` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' })).toBeVisible();

    await page.getByRole('button', { name: 'Leerinterventie verwijderen' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`${title} (herzien)`);
    await expectAccessible(page, 'delete intervention dialog');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Catalogus' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'is verwijderd' })).toBeVisible();
  });

  test('importeren: het voorbeeld toont de fout van een rij voordat er iets wordt opgeslagen', async ({ adminPage: page }) => {
    const stamp = `IMP-${Date.now()}`;
    const csv = [
      'Naam;Status;Doel;Inhoud;Doelgroep;Categorie',
      `Goede rij ${stamp};nieuw;Doel;Inhoud;Iedereen;basisvaardigheden`,
      `Slechte rij ${stamp};misschien;Doel;Inhoud;Iedereen;functioneel`,
    ].join('\n');
    await visit(page, '/catalogus/importeren', 'Leerinterventies importeren');

    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await expect(page.getByText('Kies eerst een bestand.')).toBeVisible();

    await page.getByLabel('Bestand').setInputFiles({ name: 'interventies.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await expect(page.getByText('2 rijen gelezen: 1 in orde, 1 met fouten. Er is nog niets opgeslagen.')).toBeVisible();
    const preview = page.getByRole('table', { name: 'Rijen uit het bestand' });
    const bad = preview.getByRole('row').filter({ hasText: `Slechte rij ${stamp}` });
    await expect(bad).toContainText('3');
    await expect(bad).toContainText('Status: Deze waarde is onbekend. (‘misschien’)');
    await expect(preview.getByRole('row').filter({ hasText: `Goede rij ${stamp}` })).toContainText('In orde');
    await expectAccessible(page, 'import preview with a bad row');

    // Nothing was written by the preview.
    await page.goto(`/catalogus?q=${stamp}`);
    await expect(page.getByText('Geen leerinterventies gevonden die aan uw filters voldoen.')).toBeVisible();

    await page.goto('/catalogus/importeren');
    await page.getByLabel('Bestand').setInputFiles({ name: 'interventies.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByRole('button', { name: 'Alleen de 1 goede rijen importeren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Catalogus' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '1 leerinterventie geïmporteerd.' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Zoek in naam, doel, inhoud en doelgroep' }).fill(stamp);
    await page.getByRole('button', { name: 'Filteren' }).click();
    const rows = page.getByRole('table', { name: 'Leerinterventies' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(`Goede rij ${stamp}`);
  });

  test('export: downloadknoppen voor het uitvoeringsprogramma van een jaar', async ({ adminPage: page }) => {
    await visit(page, '/catalogus?jaar=2014', 'Catalogus');
    const xlsx = page.getByRole('link', { name: 'Download Excel (XLSX) 2014' });
    await expect(xlsx).toHaveAttribute('href', '/api/v1/interventions/export?year=2014&format=xlsx');
    const [download] = await Promise.all([page.waitForEvent('download'), xlsx.click()]);
    expect(download.suggestedFilename()).toBe('uitvoeringsprogramma-2014.xlsx');
  });

  test('een lezer ziet de catalogus zonder knoppen om te wijzigen', async ({ page }) => {
    await logIn(page, 'lezer@deventer.demo');
    await visit(page, '/catalogus', 'Catalogus');
    await expect(page.getByRole('link', { name: 'Nieuwe leerinterventie' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Importeren' })).toHaveCount(0);
    await page.getByRole('table', { name: 'Leerinterventies' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Omschrijving' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Leerinterventie verwijderen' })).toHaveCount(0);
    await expectAccessible(page, 'intervention detail for a viewer');
  });
});
