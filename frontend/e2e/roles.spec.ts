import { expect, expectAccessible, logIn, test, visit } from './fixtures';

test.describe('rollen', () => {
  test('een lezer ziet geen beheerfuncties en kan instellingen alleen lezen', async ({ page }) => {
    await logIn(page, 'lezer@deventer.demo');
    await expect(page.getByRole('banner')).toContainText('(Lezer)');
    await expect(page.getByRole('heading', { level: 2, name: 'Beheer' })).toHaveCount(0);
    await expectAccessible(page, 'viewer start page');

    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Gebruikers' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'API-tokens' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Audittrail' })).toHaveCount(0);

    await nav.getByRole('link', { name: 'Organisatie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisatie' })).toBeVisible();
    await expect(page.getByText('Alleen beheerders kunnen deze instellingen wijzigen.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Opslaan' })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expectAccessible(page, 'read-only organisation');

    await visit(page, '/beheer/gebruikers', 'Geen toegang');
  });
});
