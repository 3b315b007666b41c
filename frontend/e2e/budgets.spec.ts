import { expect, expectAccessible, logIn, test, visit } from './fixtures';

// A year of its own per run, so other specs' (and the demo's) budgets are never touched.
const year = 2100 + Math.floor(Math.random() * 99);

test.describe('budgetten', () => {
  test('jaarpagina lezen, budget vastleggen, regel en uitgave toevoegen, waarschuwing zien', async ({ adminPage: page }) => {
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

    // An expenditure above what the line and the budget hold.
    await page.getByRole('button', { name: 'Uitgaven van Training e2e' }).click();
    await expect(page.getByText('Nog geen uitgaven op deze regel.')).toBeVisible();
    await page.getByRole('button', { name: 'Uitgave toevoegen aan Training e2e' }).click();
    await page.getByLabel(/^Datum/).fill(`${year}-03-15`);
    await page.getByLabel(/^Bedrag/).fill('1.200,50');
    await page.getByLabel('Status').selectOption({ label: 'Besteed' });
    await page.getByLabel(/^Kenmerk/).fill('F-2026-17');
    await page.getByRole('button', { name: 'Uitgave toevoegen', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Uitgaven op Training e2e' })).toContainText('F-2026-17');
    await expect(page.getByRole('button', { name: 'Uitgave toevoegen aan Training e2e' })).toBeVisible();
    await expect(lines.getByRole('row', { name: /Training e2e/ })).toContainText('1.200,50');

    await expect(page.getByText('Strategisch: er is meer verplicht en besteed dan het budget.')).toBeVisible();
    await expect(page.getByText("Strategisch: op 'Training e2e' is meer verplicht en besteed dan gepland.")).toBeVisible();
    await expectAccessible(page, 'budget page with a line, an expenditure and warnings');

    // A line with expenditures cannot be deleted: the dialog says why.
    await page.getByRole('button', { name: 'Training e2e verwijderen' }).click();
    await page.getByRole('button', { name: 'Regel verwijderen' }).click();
    await expect(page.getByRole('dialog')).toContainText('expenditure');
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
});
