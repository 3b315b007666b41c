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
    // In 2014's programme it got a budget line in its stream (budgets follow the catalogue): the refusal names it.
    await expect(dialog.getByRole('alert')).toContainText('Deze leerinterventie staat op 1 begrotingsregel');
    await expectAccessible(page, 'delete refused while a budget line holds it');
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

    // Without a year in the address the export offers the API's year (GET /budget-years), not today's.
    const { defaultYear } = await (await page.request.get('/api/v1/budget-years')).json();
    expect(defaultYear).not.toBe(new Date().getFullYear());
    await visit(page, '/catalogus', 'Catalogus');
    await expect(page.getByRole('link', { name: `Download Excel (XLSX) ${defaultYear}` })).toHaveAttribute(
      'href', `/api/v1/interventions/export?year=${defaultYear}&format=xlsx`);
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

test.describe('catalogus volgens het plan (issue 12)', () => {
  test('elke HNW-leerinterventie voor iedereen in één stap, met het toetsenbord, en de export met dezelfde filters', async ({ adminPage: page }) => {
    await visit(page, '/catalogus', 'Catalogus');
    // Keyboard only: from the search box, Tab to the development, the goal and the audience, type to choose, Enter.
    await page.getByRole('searchbox', { name: 'Zoek in naam, doel, inhoud en doelgroep' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Organisatieontwikkeling')).toBeFocused();
    await page.keyboard.type('Het Nieuwe');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Voor wie')).toBeFocused();
    await page.keyboard.type('Iedereen');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/ontwikkeling=[0-9a-f-]{36}/);
    await expect(page).toHaveURL(/doelgroep=all/);
    const table = page.getByRole('table', { name: 'Leerinterventies' });
    await expect(table.getByRole('link', { name: 'Spelsimulatie HNW' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Outputgericht aansturen' })).toHaveCount(0); // for managers
    expect(await table.getByRole('row').count()).toBeGreaterThan(9); // a text search for HNW found 3 of the 10
    await expectAccessible(page, 'catalogue by development and audience');

    const xlsx = page.getByRole('link', { name: /Download Excel/ });
    await expect(page.getByText('De export bevat alleen de leerinterventies binnen de filters hierboven.')).toBeVisible();
    const href = (await xlsx.getAttribute('href'))!;
    expect(href).toMatch(/developmentId=[0-9a-f-]{36}/);
    expect(href).toMatch(/audience=all/);
    const csv = await page.request.get((await page.getByRole('link', { name: /Download CSV/ }).getAttribute('href'))!.replace(/year=\d+/, 'year=2014'));
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split(/\r\n/);
    expect(lines[0]).toContain('Organisatieontwikkeling;Doel in het plan');
    expect(lines.slice(1).every((line) => line.includes('Het Nieuwe Werken'))).toBe(true);
    expect(lines.some((line) => line.includes('Outputgericht aansturen'))).toBe(false);
  });

  test('wat het plan meer zegt: startdatum, frequentie, leeruren en opmerkingen', async ({ adminPage: page }) => {
    await visit(page, '/catalogus?q=Ontwikkelbijeenkomsten', 'Catalogus');
    await page.getByRole('link', { name: 'Ontwikkelbijeenkomsten managers (vervolg MD)' }).click();
    const schedule = page.getByRole('region', { name: 'Planning en leertijd' });
    await expect(schedule).toContainText('6 × per jaar');
    await expect(schedule).toContainText('ontwikkelagenda');
    await expect(schedule).toContainText('24');
    await expectAccessible(page, 'intervention with schedule');

    await visit(page, '/catalogus?q=Spelsimulatie', 'Catalogus');
    await page.getByRole('link', { name: 'Spelsimulatie HNW' }).click();
    await expect(page.getByRole('region', { name: 'Planning en leertijd' })).toContainText('1 mei 2014');
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await expect(page.getByLabel(/^Startdatum/)).toHaveValue('2014-05-01');
    await expectAccessible(page, 'edit form with schedule');
  });

  test('de leertijd van het programma tegen de norm op de begroting', async ({ adminPage: page }) => {
    await visit(page, '/budgetten?jaar=2014', /Begroting|Budget/);
    const section = page.getByRole('region', { name: 'Leertijd tegen de norm' });
    await expect(section).toContainText('Geplande leertijd van het uitvoeringsprogramma');
    await expect(section).toContainText('% van de norm');
    await expect(section.getByRole('table', { name: 'Geplande leeruren per budgetstroom' })).toBeVisible();
    await expectAccessible(page, 'budget with learning time');
  });

  test('op een telefoon (390 px) is de catalogus een stapel kaarten met de kerngegevens', async ({ adminPage: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, '/catalogus', 'Catalogus');
    const first = page.getByRole('table', { name: 'Leerinterventies' }).getByRole('row').nth(1);
    await expect(first.getByRole('cell').first()).toBeVisible();
    for (const cell of await first.getByRole('cell').all()) {
      const box = await cell.boundingBox();
      if (box) expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    const category = first.getByRole('cell').first();
    await expect(category).toHaveAttribute('data-label', 'Categorie');
    expect(await category.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('Categorie');
    await expect(first.locator('td[data-label="Kosten"]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/catalogue-390.png', fullPage: false });
    await expectAccessible(page, 'catalogue on a phone');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: 'test-results/catalogue-1366.png', fullPage: false });
  });
});
