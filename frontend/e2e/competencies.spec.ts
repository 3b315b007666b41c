import { expect, expectAccessible, test, visit } from './fixtures';

test.describe('competenties', () => {
  test('een kader met competenties en gedragsindicatoren aanmaken, wijzigen en verwijderen', async ({ adminPage: page }) => {
    const name = `E2E-profiel ${Date.now()}`;
    await visit(page, '/competenties', 'Competenties');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Competenties', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Competenties' })).toBeVisible();

    await page.getByRole('button', { name: 'Competentiekader toevoegen' }).click();
    const form = page.getByRole('region', { name: 'Nieuw competentiekader' });
    await form.getByLabel(/^Naam van het kader/).fill(name);
    await form.getByLabel(/^Soort/).selectOption({ label: 'DNA van de organisatie' });
    await page.getByRole('button', { name: 'Kader aanmaken' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expectAccessible(page, 'new framework');

    await page.getByRole('button', { name: 'Competentie toevoegen' }).click();
    await page.getByLabel(/^Naam van de competentie/).fill('Samenwerken');
    await page.getByLabel(/^Gedragsindicatoren/).fill('Deelt kennis\nVraagt om feedback');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    const competency = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Samenwerken' }) });
    await expect(competency.getByRole('listitem')).toHaveText(['Deelt kennis', 'Vraagt om feedback']);

    // The name is unique in the framework: the server's 409 shows at the field.
    await page.getByRole('button', { name: 'Competentie toevoegen' }).click();
    await page.getByLabel(/^Naam van de competentie/).fill('samenwerken');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.getByLabel(/^Naam van de competentie/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'competency name taken');
    await page.getByLabel(/^Naam van de competentie/).fill('Resultaatgericht');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Resultaatgericht' })).toBeVisible();

    await page.getByRole('button', { name: 'Omhoog (Resultaatgericht)' }).click();
    await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText('Resultaatgericht');

    await page.getByRole('button', { name: 'Wijzigen (Samenwerken)' }).click();
    await page.getByLabel(/^Gedragsindicatoren/).fill('Deelt kennis');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(competency.getByRole('listitem')).toHaveText(['Deelt kennis']);
    await expectAccessible(page, 'framework with competencies');

    await page.getByRole('button', { name: 'Verwijderen (Samenwerken)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Samenwerken' })).toHaveCount(0);

    // The list, filtered through the address.
    await page.getByRole('link', { name: 'Terug naar de competenties' }).click();
    await page.getByRole('searchbox', { name: 'Zoeken op naam' }).fill(name);
    const search = page.getByRole('search', { name: 'Competentiekaders zoeken' });
    await search.getByLabel(/^Soort/).selectOption({ label: 'DNA van de organisatie' });
    await search.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(/soort=organisation_dna/);
    const rows = page.getByRole('table', { name: 'Competentiekaders' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('DNA van de organisatie');
    await expect(rows.nth(1)).toContainText('1');
    await expectAccessible(page, 'filtered frameworks');
    await rows.nth(1).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    await page.getByRole('button', { name: 'Kader verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Kader verwijderen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Competenties' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `Competentiekader ‘${name}’ is verwijderd.` })).toBeVisible();
    await expect(page.getByRole('link', { name })).toHaveCount(0);
  });
});
