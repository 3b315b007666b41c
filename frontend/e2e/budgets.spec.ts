import { expect, expectAccessible, logIn, post, test, visit } from './fixtures';

// A year of its own per run, so other specs' (and the demo's) budgets are never touched.
const year = 2100 + Math.floor(Math.random() * 99);

test.describe('budgetten', () => {
  test('jaarpagina lezen, budget vastleggen, regel en uitgave toevoegen, waarschuwing zien', async ({ adminPage: page }) => {
    test.setTimeout(180_000); // many axe runs on a busy machine
    await visit(page, `/budgetten?jaar=${year}`, `Budgetten ${year}`);
    await expect(page.getByText('Strategisch: er is nog geen budget voor dit jaar.')).toBeVisible();
    await expect(page.getByRole('table', { name: `Cijfers per budgetstroom in ${year} (tabel bij de grafieken)` })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Begroting exporteren (XLSX)' })).toHaveAttribute(
      'href',
      `/api/v1/budgets/export?year=${year}`,
    );

    // The strategic budget, in Dutch notation.
    await page.getByLabel(`Budget Strategisch ${year}`).fill('1.000,00');
    await page.getByRole('button', { name: 'Budget vastleggen' }).first().click();
    const figures = page.getByRole('table', { name: `Cijfers per budgetstroom in ${year} (tabel bij de grafieken)` });
    await expect(figures.getByRole('row', { name: /^Strategisch/ })).toContainText('1.000,00');
    await expect(page.getByText('Strategisch: er is nog geen budget voor dit jaar.')).toHaveCount(0);

    // A ring-fenced line without a cap: the server's error lands at the field.
    await page.getByRole('button', { name: 'Regel toevoegen aan Strategisch' }).click();
    await page.getByLabel('Soort').selectOption({ label: 'Geoormerkt (met plafond)' });
    await page.getByLabel(/^Omschrijving/).fill('Basisvaardigheden');
    await page.getByLabel(/^Gepland bedrag/).fill('100');
    await page.getByRole('button', { name: 'Regel toevoegen', exact: true }).click();
    await expect(page.getByLabel(/^Plafond/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'line form with a server error');

    await page.getByLabel('Soort').selectOption({ label: 'Overig' });
    await page.getByLabel(/^Omschrijving/).fill('Training e2e');
    await page.getByLabel(/^Gepland bedrag/).fill('800');
    await page.getByRole('button', { name: 'Regel toevoegen', exact: true }).click();
    const lines = page.getByRole('table', { name: `Regels van het Strategisch budget ${year}` });
    await expect(lines.getByRole('row', { name: /Training e2e/ })).toContainText('800,00');

    // An expenditure above what the line and the budget hold, in a dialog beside the line.
    await page.getByRole('button', { name: 'Uitgaven van Training e2e' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uitgaven: Training e2e' });
    await expect(dialog.getByText('Nog geen uitgaven op deze regel.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Uitgave toevoegen' })).toBeFocused();
    await expectAccessible(page, 'expenditure dialog');
    await dialog.getByRole('button', { name: 'Uitgave toevoegen' }).click();
    await expect(dialog.getByLabel(/^Datum/)).toBeFocused();
    await dialog.getByLabel(/^Datum/).fill(`${year}-03-15`);
    await dialog.getByLabel(/^Bedrag/).fill('1.200,50');
    await dialog.getByLabel('Status').selectOption({ label: 'Besteed' });
    await dialog.getByLabel(/^Kenmerk/).fill('F-2026-17');
    await dialog.getByRole('button', { name: 'Uitgave toevoegen', exact: true }).click();
    await expect(dialog.getByRole('table', { name: 'Uitgaven op Training e2e' })).toContainText('F-2026-17');
    await expect(dialog.getByRole('button', { name: 'Uitgave toevoegen' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Uitgaven van Training e2e' })).toBeFocused();
    await expect(lines.getByRole('row', { name: /Training e2e/ })).toContainText('1.200,50');

    await expect(page.getByText('Strategisch: er is meer verplicht en besteed dan het budget.')).toBeVisible();
    await expect(page.getByText("Strategisch: op 'Training e2e' is meer verplicht en besteed dan gepland.")).toBeVisible();
    await expectAccessible(page, 'budget page with a line, an expenditure and warnings');

    // A line with expenditures cannot be deleted: the dialog says why.
    await page.getByRole('button', { name: 'Training e2e verwijderen' }).click();
    await page.getByRole('button', { name: 'Regel verwijderen' }).click();
    await expect(page.getByRole('dialog')).toContainText('Deze regel heeft nog 1 uitgave');
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();

    // A team shares out the functional and personal budgets.
    await page.getByLabel(/^Team/).fill('Publiekszaken');
    await page.getByLabel(/^Fte op 1 januari/).fill('12,5');
    await page.getByRole('button', { name: 'Team toevoegen' }).click();
    const allocation = page.getByRole('table', { name: `Verdeling van de budgetten over teams in ${year}` });
    await expect(allocation).toContainText('Publiekszaken');
    await page.getByRole('button', { name: 'Publiekszaken wijzigen' }).click();
    await page.getByLabel(/^Fte op 1 januari/).fill('20');
    await page.getByRole('button', { name: 'Team opslaan' }).click();
    await expect(allocation.getByRole('row', { name: /Publiekszaken/ })).toContainText('20');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Begroting exporteren (XLSX)' }).click();
    expect((await download).suggestedFilename()).toBe(`begroting-${year}.xlsx`);
    await expectAccessible(page, 'budget page with a team');
  });

  test('een lezer ziet de cijfers maar geen wijzigfuncties', async ({ page }) => {
    await logIn(page, 'lezer@deventer.demo');
    await visit(page, `/budgetten?jaar=${year}`, `Budgetten ${year}`);
    await expect(page.getByRole('table', { name: `Cijfers per budgetstroom in ${year} (tabel bij de grafieken)` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Budgetten vastleggen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /toevoegen|verwijderen|Opslaan/ })).toHaveCount(0);
  });

  test('Deventer opent op 2014, met het loonsompad en de inhoudsopgave', async ({ adminPage: page }) => {
    test.setTimeout(120_000);
    // No year in the address: the most recent year of the plan 2014-2017 with a budget or programme.
    await visit(page, '/budgetten', 'Budgetten 2014');
    await expect(page.getByLabel('Jaar', { exact: true })).toHaveValue('2014');
    await expect(page.getByLabel('Jaar', { exact: true }).locator('option').first()).toHaveText(/^2014 \(budget, programma\)/);
    await expect(page.getByRole('link', { name: 'Begroting exporteren (XLSX)' })).toHaveAttribute('href', '/api/v1/budgets/export?year=2014');
    // 1,99 % in 2014 is the start of the path to 3 % in 2020, not a failure.
    await expect(page.getByText('Op koers: het pad vraagt 1,99 % in 2014.')).toBeVisible();
    await expect(page.getByText('Het opleidingsbudget blijft onder het doel')).toHaveCount(0);
    const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
    await toc.getByRole('link', { name: 'Teams' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Verdeling over teams' })).toBeFocused();
    await expectAccessible(page, 'Deventer 2014 budget page');
  });

  test('een nieuwe interventie in het programma 2014 komt als regel in de begroting', async ({ adminPage: page }) => {
    test.setTimeout(120_000);
    const title = `Tweedaagse training ${Date.now()}`;
    await visit(page, '/budgetten?jaar=2014', 'Budgetten 2014');
    const figures = page.getByRole('table', { name: 'Cijfers per budgetstroom in 2014 (tabel bij de grafieken)' });
    const before = await figures.getByRole('row', { name: /^Strategisch/ }).innerText();
    await post(page, '/interventions', {
      title, years: [2014], fundingStream: 'strategic', costFixed: '2400.00', costPerParticipant: '150.00',
      expectedParticipants: 16,
    });
    await page.reload();
    const lines = page.getByRole('table', { name: 'Regels van het Strategisch budget 2014' });
    await expect(lines.getByRole('row', { name: new RegExp(title) })).toContainText('4.800,00');
    await expect(figures.getByRole('row', { name: /^Strategisch/ })).not.toHaveText(before);
    await expect(page.getByRole('heading', { name: 'Uitvoeringsprogramma en begroting' })).toBeVisible();
    const unbudgeted = page.getByRole('table', { name: 'Interventies in het programma 2014 zonder begrotingsregel' });
    await expect(unbudgeted).toBeVisible(); // the demo's budget does not cover every intervention of 2014
    await expect(unbudgeted).not.toContainText(title);
    await expectAccessible(page, 'budget page with the new line');

    // Part of it from the personal budget: the shares must make 100 %.
    await page.getByRole('button', { name: `Verdeling over stromen van ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: `Verdeling over stromen: ${title}` });
    await expect(dialog.getByLabel('Strategisch (%)')).toHaveValue('100');
    await dialog.getByLabel('Strategisch (%)').fill('50');
    await dialog.getByLabel('Persoonlijk (%)').fill('40');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog.getByText('De verdeling telt op tot 90 %; dat moet precies 100 % zijn.')).toBeVisible();
    await expectAccessible(page, 'funding shares dialog with an error');
    await dialog.getByLabel('Persoonlijk (%)').fill('50');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: `Verdeling over stromen van ${title}` }).click();
    await expect(dialog.getByLabel('Persoonlijk (%)')).toHaveValue('50');
    await page.keyboard.press('Escape');
  });

  test('een team krijgt een opmerking die in de verdeling te lezen is', async ({ adminPage: page }) => {
    await visit(page, '/budgetten?jaar=2014#teams', 'Budgetten 2014');
    const table = page.getByRole('table', { name: 'Verdeling van de budgetten over teams in 2014' });
    const row = table.getByRole('row').nth(1);
    const team = (await row.getByRole('rowheader').innerText()).trim();
    await row.getByRole('button', { name: `${team} wijzigen` }).click();
    const note = `Leervraag: klantgericht schrijven (${Date.now()})`;
    await page.getByLabel('Opmerkingen').fill(note);
    await page.getByRole('button', { name: 'Team opslaan' }).click();
    await expect(table.getByRole('row', { name: new RegExp(team) })).toContainText(note);
    await expectAccessible(page, 'teams with a note');
  });

  test('met alleen het toetsenbord in een paar Tabs bij "Uitgave toevoegen"', async ({ page }) => {
    await logIn(page, 'adviseur@deventer.demo');
    await page.goto('/budgetten?jaar=2014');
    await expect(page.getByRole('heading', { level: 1, name: 'Budgetten 2014' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Op deze pagina' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
    await page.keyboard.press('Enter');
    let tabs = 1;
    const focusedName = () => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    while ((await focusedName()) !== 'Regels Strategisch' && tabs < 15) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Strategisch budget: regels' })).toBeFocused();
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).startsWith('Uitgaven van') && tabs < 20) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Uitgave toevoegen' })).toBeFocused();
    expect(tabs, 'Tabs from the start of the page to a line\'s expenditures').toBeLessThanOrEqual(10);
    await expectAccessible(page, 'expenditure dialog opened by keyboard');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Uitgaven van/);
  });
});
