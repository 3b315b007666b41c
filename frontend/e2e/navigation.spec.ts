import { expect, expectAccessible, test, visit } from './fixtures';

const DOMAINS = [
  'Strategisch plan',
  'Catalogus',
  'Competenties',
  'Budgetten',
  "Programma's",
  'Cohorten',
  'Bijeenkomsten',
  'Medewerkers',
  'Belanghebbenden',
  'Vragenlijsten',
  'Rapportages',
];
// Modules not built yet are hidden from the menu (src/lib/modules.ts) until they land.
const HIDDEN: string[] = [];

// Domains whose real pages have landed; the others still say they are not available yet.
const BUILT = new Set(DOMAINS);

const ADMIN_PAGES: [string, string][] = [
  ['Gebruikers', 'Gebruikers'],
  ['API-tokens', 'API-tokens'],
  ['Organisatie', 'Organisatie'],
  ['Audittrail', 'Audittrail'],
];

test.describe('navigatie', () => {
  test('elk onderdeel in het hoofdmenu opent een toegankelijke pagina', async ({ adminPage: page }) => {
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const name of HIDDEN) {
      await expect(nav.getByRole('link', { name, exact: true })).toHaveCount(0);
      await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveCount(0);
    }
    for (const name of DOMAINS) {
      await nav.getByRole('link', { name, exact: true }).click();
      const heading = page.getByRole('heading', { level: 1, name });
      await expect(heading).toBeVisible();
      await expect(heading).toBeFocused();
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('status').filter({ hasText: 'Bezig met laden' })).toHaveCount(0);
      if (!BUILT.has(name)) {
        // Honest about what is not built yet: no made-up data.
        await expect(page.getByRole('main')).toContainText('Nog niet beschikbaar');
        await expect(page.getByRole('main').getByRole('table')).toHaveCount(0);
      }
      await expectAccessible(page, name);
    }
    for (const [link, heading] of ADMIN_PAGES) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Bezig met laden' })).toHaveCount(0);
      await expectAccessible(page, heading);
    }
    await nav.getByRole('link', { name: 'Start', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Welkom, / })).toBeVisible();
  });

  test('de skiplink springt naar de inhoud', async ({ adminPage: page }) => {
    await page.goto('/beheer/gebruikers');
    await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('onbekende adressen tonen een nette foutpagina', async ({ adminPage: page }) => {
    await visit(page, '/bestaat-niet', 'Pagina niet gevonden');
    await page.getByRole('link', { name: 'Naar de startpagina' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Welkom, / })).toBeVisible();
  });

  test('de toegankelijkheidsverklaring is openbaar en vanaf de inlogpagina te vinden', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByRole('main').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Toegankelijkheid' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('WCAG) 2.1 op niveau AA');
    await expect(page.getByRole('heading', { level: 2, name: 'Een probleem melden' })).toBeVisible();
    await expectAccessible(page, 'accessibility statement');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' })).toBeVisible();
  });

  test('de taalkeuze wordt onthouden en zet de paginataal', async ({ adminPage: page }) => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page, 'start page in English');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1, name: /^Welkom, / })).toBeVisible();
  });
});
