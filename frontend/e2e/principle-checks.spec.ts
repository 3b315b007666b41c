import type { Page } from '@playwright/test';
import { expect, expectAccessible, logIn, test } from './fixtures';

const EDITOR = 'adviseur@rotterdam.demo';
const VIEWER = 'lezer@rotterdam.demo';
const RHYTHM_ITEM = 'Deelnemers en hun leidinggevenden kennen de ritmiek van het programma vooraf.';

async function openFramework(page: Page) {
  await page.goto('/programmas');
  await page.getByRole('link', { name: 'Traineeship Tijdreis Rotterdam' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Traineeship Tijdreis Rotterdam' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Ontwerpstappen' }).getByRole('link', { name: /Framework/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stap 4: Framework' })).toBeVisible();
  const checks = page.getByRole('region', { name: 'Ontwerpprincipes' });
  await expect(checks.getByRole('heading', { level: 4 })).toHaveCount(7);
  return checks;
}

test.describe('ontwerpprincipes', () => {
  // Two visits of the workspace with its framework grid: more than the default minute on a loaded machine.
  test.describe.configure({ timeout: 120_000 });

  test('de adviseur vinkt met het toetsenbord een punt af en het principe voldoet; weer uitvinken zet het terug', async ({ page }) => {
    await logIn(page, EDITOR);
    const checks = await openFramework(page);
    await expect(checks.getByRole('heading', { level: 4 }).first()).toHaveText('1. Aansluiting op de organisatiecontext');
    const rhythm = checks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '5. Vaste ritmiek en structuur' }) });
    await expect(rhythm.locator('.lk-check__status')).toHaveText('Zelf bevestigen');
    await expect(rhythm).toContainText('Elke fase houdt een vast ritme');
    await expectAccessible(page, 'framework with the principle checks');

    const box = rhythm.getByRole('checkbox', { name: RHYTHM_ITEM });
    await expect(box).not.toBeChecked();
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(rhythm.locator('.lk-check__status')).toHaveText('Voldoet');
    await expect(box).toHaveAccessibleDescription(/^Afgevinkt door .+ op /);
    await expect(rhythm.getByRole('status')).toHaveText(`‘${RHYTHM_ITEM}’ is afgevinkt.`);
    await expect(checks.locator('.lk-checks__summary')).toContainText('voldoen');
    await expectAccessible(page, 'principle checks after a tick', '.lk-checks');
    await page.setViewportSize({ width: 1366, height: 900 });
    await checks.screenshot({ path: 'test-results/principle-checks-1366.png' });

    // The tick is stored: it is there after a reload, then taken back by keyboard.
    await page.reload();
    const again = (await openFramework(page)).getByRole('checkbox', { name: RHYTHM_ITEM });
    await expect(again).toBeChecked();
    await again.focus();
    await page.keyboard.press('Space');
    await expect(again).not.toBeChecked();
    await expect(rhythm.locator('.lk-check__status')).toHaveText('Zelf bevestigen');

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(checks.getByRole('heading', { name: '7. Verhalend leren (storyline learning)' })).toBeVisible();
    await expectAccessible(page, 'principle checks on a phone', '.lk-checks');
    await checks.screenshot({ path: 'test-results/principle-checks-390.png' });
  });

  test('een lezer ziet de afvinkpunten maar kan ze niet wijzigen', async ({ page }) => {
    await logIn(page, VIEWER);
    const checks = await openFramework(page);
    const ticked = checks.getByRole('checkbox', { name: 'Deelnemers en oud-deelnemers zijn geïnterviewd.' });
    await expect(ticked).toBeChecked();
    await expect(ticked).toBeDisabled();
    await expect(ticked).toHaveAccessibleDescription(/^Afgevinkt door /);
    await expectAccessible(page, 'principle checks for a viewer');
  });
});
