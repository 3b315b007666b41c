import { expect, expectAccessible, test, visit } from './fixtures';

test.describe('strategisch plan', () => {
  test('een plan opbouwen en de herleidbaarheid lezen als diagram en als tabel', async ({ adminPage: page }) => {
    const title = `E2E-plan ${Date.now()}`;
    await visit(page, '/plan', 'Strategisch plan');

    await page.getByRole('link', { name: 'Nieuw plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuw plan' })).toBeVisible();
    await expectAccessible(page, 'new plan form');
    await page.getByLabel(/^Titel/).fill(title);
    await page.getByLabel(/^Eerste jaar/).fill('2020');
    await page.getByLabel(/^Laatste jaar/).fill('2019');
    await page.getByRole('button', { name: 'Plan aanmaken' }).click();
    await expect(page.getByLabel(/^Laatste jaar/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'new plan form with server errors');
    await page.getByLabel(/^Laatste jaar/).fill('2023');
    await page.getByRole('button', { name: 'Plan aanmaken' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `Plan ‘${title}’ is aangemaakt.` })).toBeVisible();
    await expectAccessible(page, 'empty plan');

    const structure = page.getByRole('region', { name: 'Opbouw van het plan' });
    for (const name of ['Mobiliteit', 'Het Nieuwe Werken']) {
      await structure.getByRole('button', { name: 'Ontwikkeling toevoegen' }).click();
      await structure.getByRole('textbox', { name: /^Naam van de ontwikkeling/ }).fill(name);
      await structure.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await expect(structure.getByRole('heading', { level: 3, name })).toBeVisible();
    }
    // Het Nieuwe Werken first: one step up.
    await structure.getByRole('button', { name: 'Omhoog (Het Nieuwe Werken)' }).click();
    await expect(structure.getByRole('heading', { level: 3 }).first()).toHaveText('Het Nieuwe Werken');

    await structure.getByRole('button', { name: 'Doel toevoegen' }).first().click();
    await structure.getByRole('textbox', { name: /^Doel/ }).fill('Plaats- en tijdonafhankelijk werken');
    await structure.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(structure.getByRole('heading', { level: 4, name: 'Plaats- en tijdonafhankelijk werken' })).toBeVisible();

    await structure.getByRole('button', { name: 'Leerdoel toevoegen' }).click();
    await structure.getByRole('textbox', { name: /^Leerdoel/ }).fill('Sturen op resultaat');
    await structure.getByRole('combobox', { name: 'Doelgroep' }).selectOption({ label: 'Leidinggevenden' });
    await structure.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(structure.getByText('Sturen op resultaat', { exact: true })).toBeVisible();
    await expect(structure.getByText('Leidinggevenden', { exact: true })).toBeVisible();

    const themes = page.getByRole('region', { name: "Strategische thema's", exact: true });
    await themes.getByRole('button', { name: 'Thema toevoegen' }).click();
    await themes.getByRole('textbox', { name: /^Naam van het thema/ }).fill('Hostmanship');
    await themes.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(themes.getByRole('heading', { level: 3, name: 'Hostmanship' })).toBeVisible();
    await expectAccessible(page, 'plan with its structure');

    // The diagram: the chain, with the learning goal marked as a gap.
    const trace = page.getByRole('region', { name: 'Herleidbaarheid', exact: true });
    await expect(trace.getByRole('heading', { level: 3, name: 'Het Nieuwe Werken' })).toBeVisible();
    await expect(trace.getByText('Sturen op resultaat')).toBeVisible();
    await expect(trace.getByText('Geen leerinterventie').first()).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: '1 leerdoel zonder leerinterventie' })).toBeVisible();

    // The table alternative, kept in the address.
    await trace.getByRole('button', { name: 'Tabel' }).click();
    await expect(page).toHaveURL(/weergave=tabel/);
    const table = page.getByRole('table', { name: /^Herleidbaarheid: ontwikkeling, doel, leerdoel/ });
    await expect(table).toBeVisible();
    const row = table.getByRole('row').filter({ hasText: 'Sturen op resultaat' });
    await expect(row).toContainText('Het Nieuwe Werken');
    await expect(row).toContainText('Plaats- en tijdonafhankelijk werken');
    await expect(row).toContainText('Leidinggevenden');
    await expect(row).toContainText('Geen leerinterventie');
    await expect(table.getByRole('row').filter({ hasText: 'Mobiliteit' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Strategische thema's en hun leerinterventies/ })).toBeVisible();
    await expectAccessible(page, 'traceability table');

    // Edit an item in place, then delete the plan.
    await structure.getByRole('button', { name: 'Wijzigen (Mobiliteit)' }).click();
    await structure.getByRole('textbox', { name: /^Naam van de ontwikkeling/ }).fill('Mobiliteit en loopbaan');
    await structure.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(structure.getByRole('heading', { level: 3, name: 'Mobiliteit en loopbaan' })).toBeVisible();

    await page.getByRole('button', { name: 'Plan verwijderen' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectAccessible(page, 'delete plan dialog');
    await dialog.getByRole('button', { name: 'Plan verwijderen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Strategisch plan' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `Plan ‘${title}’ is verwijderd.` })).toBeVisible();
  });

  test('het Deventer-plan toont de leerinterventies en weigert een thema dat in gebruik is', async ({ adminPage: page }) => {
    await visit(page, '/plan', 'Strategisch plan');
    await page.getByRole('link', { name: /Strategisch leer & ontwikkelplan 2014-2017/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /2014-2017/ })).toBeVisible();
    const trace = page.getByRole('region', { name: 'Herleidbaarheid', exact: true });
    const links = trace.locator('a[href^="/catalogus/"]');
    await expect(links.first()).toBeVisible();
    expect(await links.count()).toBeGreaterThan(5);
    await expectAccessible(page, 'Deventer plan diagram');
    await trace.getByRole('button', { name: 'Tabel' }).click();
    await expectAccessible(page, 'Deventer plan table');

    // Reading first: the traceability comes before the summary, the editors open on demand.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('Herleidbaarheid')).toBeLessThan(headings.indexOf('Samenvatting'));
    await expect(page.getByRole('region', { name: "Strategische thema's", exact: true })).toHaveCount(0);
    const box = await trace.boundingBox();
    expect(box!.y).toBeLessThan(700);
    await page.getByRole('button', { name: "Opbouw en thema's bewerken" }).click();
    await expect(page.getByRole('button', { name: 'Klaar met bewerken' })).toHaveAttribute('aria-expanded', 'true');

    const themes = page.getByRole('region', { name: "Strategische thema's", exact: true });
    await themes.getByRole('button', { name: /^Verwijderen \(Hostmanship/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Dit wordt nog gebruikt door 1 leerinterventie');
    await expect(dialog).toContainText('Leerinterventies zijn er nog aan gekoppeld.');
    await expectAccessible(page, 'refused delete');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(themes.getByRole('heading', { level: 3, name: /Hostmanship/ })).toBeVisible();
  });
});
