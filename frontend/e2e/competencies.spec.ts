import { expect, expectAccessible, test, visit } from './fixtures';

test.describe('competenties', () => {
  test('een kader met competenties en gedragsindicatoren aanmaken, wijzigen en verwijderen', async ({ adminPage: page }) => {
    const name = `E2E-profiel ${Date.now()}`;
    await visit(page, '/competenties', 'Competenties');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Competenties', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Competenties' })).toBeVisible();

    await page.getByRole('button', { name: 'Competentiekader toevoegen' }).click();
    await page.getByLabel(/^Naam van het kader/).fill(name);
    await page.getByLabel(/^Soort/).selectOption({ label: 'DNA van de organisatie' });
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

    await page.getByRole('button', { name: 'Kader verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Kader verwijderen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Competenties' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `Competentiekader ‘${name}’ is verwijderd.` })).toBeVisible();
    await expect(page.getByRole('link', { name })).toHaveCount(0);
  });
});
