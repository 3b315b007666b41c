import { ADMIN_EMAIL, DEMO_PASSWORD } from './environment';
import { expect, expectAccessible, logIn, test } from './fixtures';

test.describe('inloggen en uitloggen', () => {
  test('een verkeerd wachtwoord geeft een duidelijke melding', async ({ page }) => {
    await page.goto('/inloggen');
    await expect(page).toHaveTitle('Inloggen | Leerkoers');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expectAccessible(page, 'login page');

    await page.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
    await page.getByLabel('Wachtwoord').fill('dit-is-niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
    await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
    await expect(page).toHaveURL(/\/inloggen$/);
    await expectAccessible(page, 'login page with error');
  });

  test('inloggen, begroeting met organisatie en rol, uitloggen', async ({ page }) => {
    await logIn(page);
    await expect(page.getByRole('banner')).toContainText('Gemeente Deventer');
    await expect(page.getByRole('banner')).toContainText('(Beheerder)');
    await expectAccessible(page, 'start page');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);

    // The session is really gone: a protected page sends us back to the login page.
    await page.goto('/beheer/gebruikers');
    await expect(page).toHaveURL(/\/inloggen\?volgende=%2Fbeheer%2Fgebruikers$/);
  });

  test('na inloggen kom je op de pagina die je wilde openen', async ({ page }) => {
    await page.goto('/beheer/audit');
    await expect(page).toHaveURL(/\/inloggen\?volgende=%2Fbeheer%2Faudit$/);
    await page.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audittrail' })).toBeVisible();
    await expect(page).toHaveURL(/\/beheer\/audit$/);
  });
});
