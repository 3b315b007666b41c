import { expect, expectAccessible, test, visit } from './fixtures';

test.describe('gebruikers', () => {
  test('aanmaken met foutmeldingen van de server, zoeken, wijzigen en verwijderen', async ({ adminPage: page }) => {
    const stamp = Date.now();
    const email = `jan.jansen.${stamp}@deventer.demo`;
    await visit(page, '/beheer/gebruikers', 'Gebruikers');
    await expect(page.getByRole('table', { name: 'Gebruikers' })).toBeVisible();

    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' })).toBeVisible();
    await expectAccessible(page, 'new user form');

    await page.getByLabel(/^Naam/).fill('Jan Jansen');
    await page.getByLabel(/^E-mailadres/).fill('geen-e-mailadres');
    await page.getByLabel(/^Wachtwoord/).fill('kort');
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await expect(page.getByRole('alert').first()).toContainText('Controleer de gemarkeerde velden.');
    await expect(page.getByLabel(/^E-mailadres/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel(/^Wachtwoord/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'new user form with server errors');

    // A common password, or one that holds the account's name, is refused at its field, in Dutch.
    await page.getByLabel(/^E-mailadres/).fill(email);
    await page.getByLabel(/^Wachtwoord/).fill('password1234');
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await expect(page.getByText(/Dit wachtwoord is te gangbaar of te makkelijk te raden/)).toBeVisible();
    await expect(page.getByLabel(/^Wachtwoord/)).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel(/^Wachtwoord/).fill(`jansen-${stamp}-wachtwoord`);
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await expect(page.getByText('Het wachtwoord mag het e-mailadres of de naam niet bevatten.')).toBeVisible();
    await expectAccessible(page, 'new user form with a refused password');

    await page.getByLabel(/^E-mailadres/).fill(email);
    await page.getByLabel(/^Wachtwoord/).fill('een-lang-genoeg-wachtwoord');
    await page.getByLabel(/^Rol/).selectOption({ label: 'Lezer' });
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Gebruiker Jan Jansen is aangemaakt.' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }).fill(String(stamp));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
    const rows = page.getByRole('table', { name: 'Gebruikers' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Lezer');
    await expectAccessible(page, 'user search results');

    await rows.nth(1).getByRole('link', { name: 'Jan Jansen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jan Jansen' })).toBeVisible();
    await expectAccessible(page, 'user detail');

    await page.getByLabel(/^Rol/).selectOption({ label: 'Bewerker' });
    await page.getByLabel('Account is actief').uncheck();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel(/^Rol/)).toHaveValue('editor');
    await expect(page.getByLabel('Account is actief')).not.toBeChecked();

    // The list can show only deactivated accounts.
    await visit(page, '/beheer/gebruikers', 'Gebruikers');
    await page.getByLabel('Status').selectOption({ label: 'Gedeactiveerd' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/actief=nee/);
    const deactivated = page.getByRole('table', { name: 'Gebruikers' }).getByRole('row');
    await expect(deactivated.filter({ hasText: email })).toContainText('Gedeactiveerd');
    await expect(deactivated.filter({ hasText: 'admin@deventer.demo' })).toHaveCount(0);
    await deactivated.filter({ hasText: email }).getByRole('link', { name: 'Jan Jansen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jan Jansen' })).toBeVisible();

    await page.getByRole('button', { name: 'Gebruiker verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Jan Jansen verwijderen?' });
    await expect(dialog).toContainText(email);
    await expectAccessible(page, 'delete user dialog');
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Gebruiker Jan Jansen is verwijderd.' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }).fill(String(stamp));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByText('Geen gebruikers gevonden die aan uw zoekopdracht voldoen.')).toBeVisible();
    await expectAccessible(page, 'empty search');
  });

  test('je kunt je eigen account niet verwijderen', async ({ adminPage: page }) => {
    await visit(page, '/beheer/gebruikers?q=admin%40deventer.demo', 'Gebruikers');
    await page.getByRole('table', { name: 'Gebruikers' }).getByRole('link').first().click();
    await expect(page.getByText('U kunt uw eigen account niet verwijderen.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gebruiker verwijderen' })).toHaveCount(0);
  });
});
