import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, logIn, test, visit } from './fixtures';

const EDITOR = 'adviseur@rotterdam.demo';
const SHOTS = process.env.SCREENSHOT_DIR;

/** The texts of the builder's questions, in their order. */
async function order(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Vragen in volgorde' }).getByRole('listitem');
  return (await items.locator('.lk-question-text').allTextContents()).map((text) => text.replace(/^\d+\.\s*/, ''));
}

async function drag(page: Page, handle: Locator, target: Locator): Promise<void> {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('nothing to drag');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(from.x + from.width / 2, from.y + ((to.y + to.height / 4 - from.y) * i) / steps);
  }
  await page.mouse.up();
}

test.describe('vragenlijsten', () => {
  test('een effectmeting uit het sjabloon: ordenen met toetsenbord en muis, voorbeeld, publiceren, vastliggen en een nieuwe versie', async ({ page }) => {
    test.slow(); // one story with many axe checks
    const title = `Effectmeting cohort ${Date.now()}`;
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page, EDITOR);
    await visit(page, '/vragenlijsten', 'Vragenlijsten');
    await expect(page.getByRole('link', { name: 'Effectmeting traineeship (demo)' })).toBeVisible();

    // A draft from the template.
    await page.getByRole('button', { name: 'Nieuwe vragenlijst maken' }).click();
    await expect(page.getByLabel('Beginnen met')).toHaveValue('effect_measurement');
    await page.getByLabel(/^Titel/).fill(title);
    await expectAccessible(page, 'new questionnaire form');
    await page.getByRole('button', { name: 'Concept maken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `Het concept ‘${title}’ is gemaakt.` })).toBeVisible();
    await expect(page.getByRole('heading', { name: '17 vragen' })).toBeVisible();
    const before = await order(page);
    expect(before).toHaveLength(17);
    await expectAccessible(page, 'builder of a draft');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/builder-1366.png`, fullPage: true });

    // Keyboard: pick the first question up, one place down, drop it.
    const handle = (number: number) => page.getByRole('button', { name: new RegExp(`^Vraag ${number} van 17 verplaatsen`) });
    await handle(1).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Vraag 1 is opgepakt');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Vraag 1 staat nu op plaats 2 van 17');
    await page.keyboard.press('Space');
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Vraag 1 is neergezet op plaats 2 van 17');
    const afterKeyboard = [before[1], before[0], ...before.slice(2)];
    await expect.poll(() => order(page)).toEqual(afterKeyboard);

    // Mouse: drag the third question to the top.
    await drag(page, handle(3), page.getByRole('list', { name: 'Vragen in volgorde' }).getByRole('listitem').first());
    const afterMouse = [afterKeyboard[2], afterKeyboard[0], afterKeyboard[1], ...afterKeyboard.slice(3)];
    await expect.poll(() => order(page)).toEqual(afterMouse);
    // The server holds the order.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect.poll(() => order(page)).toEqual(afterMouse);

    // A question of our own: a choice with two options, at the programme level.
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    const form = page.getByRole('region', { name: 'Vraag toevoegen' });
    await form.getByLabel(/^Vraag/).first().fill('Welk onderdeel hielp het meest?');
    await form.getByLabel(/^Soort vraag/).selectOption({ label: 'Eén keuze' });
    await form.getByLabel(/^Optie 1/).fill('De intervisie');
    await form.getByLabel(/^Optie 2/).fill('De praktijkopdracht');
    await form.getByLabel(/^Niveau/).selectOption({ label: 'Programma' });
    await form.getByLabel(/^Dimensie/).selectOption({ label: 'Werking' });
    await expectAccessible(page, 'question form');
    await form.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await expect(page.getByRole('heading', { name: '18 vragen' })).toBeVisible();

    // The preview, as a respondent sees it.
    await page.getByRole('link', { name: 'Voorbeeld bekijken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Voorbeeld: ${title}` })).toBeVisible();
    const first = page.getByRole('group', { name: `1. ${afterMouse[0]}` });
    await first.getByRole('radio', { name: '4' }).check();
    await expect(first.getByRole('radio', { name: '4' })).toBeChecked();
    await expect(page.getByRole('group', { name: '18. Welk onderdeel hielp het meest?' }).getByRole('radio', { name: 'De intervisie' })).toBeVisible();
    await expectAccessible(page, 'preview');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/preview-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'preview at 390 px');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/preview-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('link', { name: 'Terug naar de vragenlijst' }).click();

    // Publish: the dialog says it freezes.
    await page.getByRole('button', { name: 'Publiceren' }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await expect(dialog).toContainText('ligt de vragenlijst met haar 18 vragen vast');
    await dialog.getByRole('button', { name: 'Publiceren en vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De vragenlijst is gepubliceerd en ligt nu vast.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Deze versie ligt vast' })).toBeVisible();
    await expect(page.getByRole('button', { name: /verplaatsen/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Vraag toevoegen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Vraag 1 wijzigen/ })).toHaveCount(0);
    await expectAccessible(page, 'published questionnaire');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/published-1366.png`, fullPage: true });

    // A new version: a draft with the same questions.
    await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Versie 2 is gemaakt als concept.' })).toBeVisible();
    await expect(page.getByText(/versie 2 ·/)).toBeVisible();
    await expect(page.getByRole('heading', { name: '18 vragen' })).toBeVisible();
    await expect(handle(1)).toHaveCount(0); // 18 now
    await expect(page.getByRole('button', { name: /^Vraag 1 van 18 verplaatsen/ })).toBeVisible();
    await expectAccessible(page, 'new version');

    // On a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'builder at 390 px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/builder-390.png`, fullPage: true });
    await visit(page, '/vragenlijsten', 'Vragenlijsten');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/list-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.reload();
    await expect(page.getByRole('link', { name: title })).toHaveCount(2);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/list-1366.png`, fullPage: true });
  });
});
