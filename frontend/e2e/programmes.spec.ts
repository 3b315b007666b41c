import type { Page } from '@playwright/test';
import { expect, expectAccessible, logIn, test, visit } from './fixtures';

/** Keyboard only: focus an element the way Tab would reach it, then act on it with keys. */
async function press(page: Page, target: ReturnType<Page['getByRole']>, key = 'Enter') {
  await target.focus();
  await expect(target).toBeFocused();
  await page.keyboard.press(key);
}

async function typeInto(page: Page, target: ReturnType<Page['getByRole']>, text: string) {
  await target.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test.describe('programma-ontwerp', () => {
  // Long journeys on a shared 2-core machine.
  test.describe.configure({ timeout: 180_000 });

  test('met alleen het toetsenbord een programma ontwerpen en een interventie plaatsen en verplaatsen', async ({ adminPage: page }) => {
    const title = `E2E-traineeship ${Date.now()}`;
    await visit(page, '/programmas', "Ontwikkelprogramma's");

    await press(page, page.getByRole('link', { name: 'Nieuw programma' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuw programma' })).toBeVisible();
    await expectAccessible(page, 'new programme');
    await typeInto(page, page.getByRole('textbox', { name: 'Titel (verplicht)' }), title);
    await typeInto(page, page.getByRole('spinbutton', { name: 'Duur in maanden' }), '18');
    await typeInto(page, page.getByRole('textbox', { name: 'Titel van de verhaallijn' }), 'Tijdreis');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'is aangemaakt' })).toBeVisible();
    const steps = page.getByRole('navigation', { name: 'Ontwerpstappen' });
    await expect(steps.getByRole('link')).toHaveCount(6);
    await expect(steps.getByRole('link', { name: /Doel en randvoorwaarden/ })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page, 'workspace step 1');

    // Step 1 done, by keyboard: the mark shows in the navigation by text.
    await press(page, page.getByRole('checkbox', { name: 'Deze stap is klaar' }), 'Space');
    await press(page, page.getByRole('button', { name: 'Stap opslaan' }));
    await expect(steps.getByRole('link', { name: /Doel en randvoorwaarden/ })).toContainText('klaar');
    await expect(page.getByText(/Klaar gemeld door/)).toBeVisible();

    await press(page, steps.getByRole('link', { name: /Framework/ }));
    await expect(page.getByRole('heading', { level: 2, name: 'Stap 4: Framework' })).toBeVisible();
    await expect(page.getByText('Dit programma heeft nog geen fasen.')).toBeVisible();

    await press(page, page.getByRole('button', { name: 'Fase toevoegen' }));
    await typeInto(page, page.getByRole('textbox', { name: /^Titel van de fase/ }), 'Fase 1');
    await typeInto(page, page.getByRole('textbox', { name: 'Subthema' }), 'Verleden');
    await page.keyboard.press('Enter');
    const grid = page.getByRole('table', { name: 'Framework: fasen en leerlijnen' });
    await expect(grid.getByRole('columnheader', { name: /Fase 1/ })).toBeVisible();
    await expect(grid.getByRole('rowheader')).toHaveText(['Ik', 'Ik en de ander', 'Ik en de organisatie', 'Balans per fase']);
    await expectAccessible(page, 'framework with a phase');

    await press(page, grid.getByRole('button', { name: /^Interventie plaatsen ?\(Fase 1, Ik\)$/ }));
    const dialog = page.getByRole('dialog', { name: 'Interventie plaatsen in Fase 1, Ik' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Zoek in de catalogus' })).toBeFocused();
    await page.keyboard.type('Gesprekstechnieken');
    await expect(dialog.getByRole('combobox', { name: /^Interventie/ })).toContainText('Kies uit 1 interventie');
    await expectAccessible(page, 'placement dialog');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();

    const card = grid.getByRole('listitem', { name: 'Gesprekstechnieken' });
    await expect(card).toBeFocused();
    await expect(card).toContainText('Concreet ervaren');
    await expect(card).toContainText('week 1');
    await expect(grid.getByRole('list', { name: 'Fase 1, Ik', exact: true })).toContainText('Gesprekstechnieken');

    // The arrow keys move the focused card; the live region says where, and the card keeps the focus.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('framework-announcement')).toHaveText('‘Gesprekstechnieken’ verplaatst naar Fase 1, Ik en de ander, week 1.');
    await expect(grid.getByRole('list', { name: 'Fase 1, Ik en de ander' })).toContainText('Gesprekstechnieken');
    await expect(grid.getByRole('list', { name: 'Fase 1, Ik', exact: true })).toHaveCount(0);
    await expect(card).toBeFocused();

    // The move dialog, also by keyboard: to week 3 of the last learning line.
    await press(page, card.getByRole('button', { name: /^Verplaatsen/ }));
    const move = page.getByRole('dialog', { name: '‘Gesprekstechnieken’ verplaatsen' });
    await press(page, move.getByRole('combobox', { name: 'Leerlijn' }), 'ArrowDown');
    await typeInto(page, move.getByRole('spinbutton', { name: 'Week in de fase' }), '3');
    await page.keyboard.press('Enter');
    await expect(move).toBeHidden();
    await expect(page.getByTestId('framework-announcement')).toHaveText('‘Gesprekstechnieken’ verplaatst naar Fase 1, Ik en de organisatie, week 3.');
    await expect(card).toBeFocused();
    await expect(card).toContainText('week 3');
    await expect(grid).toContainText('10: cursussen en trainingen: 100% (doel 10%)');
    await expect(grid).toContainText('Ontbreekt: Reflecteren, Begripsvorming, Actief experimenteren.');
    await expectAccessible(page, 'framework after moves');

    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: 'test-results/programme-framework-1366.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('heading', { level: 3, name: 'Fase 1' })).toBeVisible();
    await expectAccessible(page, 'framework on a phone');
    await page.screenshot({ path: 'test-results/programme-framework-390.png', fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });

    // The print view: one page, "programma op hoofdlijnen".
    await press(page, page.getByRole('link', { name: 'Programma op hoofdlijnen' }));
    await expect(page.getByRole('heading', { level: 1, name: `${title}: programma op hoofdlijnen` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
    await expect(page.getByRole('table')).toContainText('Gesprekstechnieken');
    await expect(page.getByRole('listitem').filter({ hasText: 'Ik en de organisatie:' })).toContainText('leervormen: Training');
    await expectAccessible(page, 'overview');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await page.screenshot({ path: 'test-results/programme-overview-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  test('een programma kopiëren als begin van een nieuw programma', async ({ adminPage: page }) => {
    const title = `E2E-kopieerbron ${Date.now()}`;
    await visit(page, '/programmas/nieuw', 'Nieuw programma');
    await page.getByRole('textbox', { name: 'Titel (verplicht)' }).fill(title);
    await page.getByRole('button', { name: 'Programma aanmaken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Kopiëren als nieuw programma' }).click();
    const dialog = page.getByRole('dialog', { name: `‘${title}’ kopiëren` });
    await expect(dialog.getByRole('textbox', { name: /^Titel van het nieuwe programma/ })).toHaveValue(`${title} (kopie)`);
    await expectAccessible(page, 'copy dialog');
    await dialog.getByRole('button', { name: 'Kopie maken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${title} (kopie)` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'is gemaakt' })).toBeVisible();

    await visit(page, '/programmas', "Ontwikkelprogramma's");
    await page.getByRole('searchbox', { name: 'Zoeken op titel' }).fill(title);
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect(page.getByRole('table', { name: "Ontwikkelprogramma's" }).getByRole('row')).toHaveCount(3);
    await expectAccessible(page, 'filtered programmes');
  });

  test('Tijdreis Rotterdam: een ontwerpprincipe gaat van aandachtspunt naar voldoet na het plaatsen van wat ontbrak', async ({ page }) => {
    await logIn(page, 'adviseur@rotterdam.demo');
    await visit(page, '/programmas', "Ontwikkelprogramma's");
    await page.getByRole('link', { name: 'Traineeship Tijdreis Rotterdam' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Traineeship Tijdreis Rotterdam' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Ontwerpstappen' }).getByRole('link', { name: /Framework/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Stap 4: Framework' })).toBeVisible();

    const checks = page.getByRole('region', { name: 'Ontwerpprincipes' }).or(page.locator('section.lk-checks'));
    const theory = checks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Toepassing van onderwijskundige theorie/ }) });
    await expect(theory.locator('.lk-check__status')).toHaveText(/Aandachtspunt/);
    await expect(theory).toContainText('Halfjaar 3');
    await expectAccessible(page, 'Rotterdam framework with a warning');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: 'test-results/rotterdam-framework-1366.png', fullPage: true });

    const grid = page.getByRole('table', { name: 'Framework: fasen en leerlijnen' });
    await grid.getByRole('button', { name: /^Interventie plaatsen ?\(Halfjaar 3: Toekomst, Ik\)$/ }).click();
    const dialog = page.getByRole('dialog', { name: /Interventie plaatsen in Halfjaar 3: Toekomst, Ik$/ });
    await dialog.getByRole('searchbox', { name: 'Zoek in de catalogus' }).fill('Audiowandeling 3');
    await dialog.getByRole('combobox', { name: /^Interventie/ }).selectOption({ label: 'Audiowandeling 3: Toekomst' });
    await dialog.getByRole('combobox', { name: /^Fase van de leercyclus/ }).selectOption({ label: 'Reflecteren' });
    await dialog.getByRole('spinbutton', { name: /^Week in de fase/ }).fill('11');
    await dialog.getByRole('button', { name: 'Plaatsen' }).click();
    await expect(dialog).toBeHidden();
    await expect(grid.getByRole('list', { name: 'Halfjaar 3: Toekomst, Ik', exact: true })).toContainText('Audiowandeling 3: Toekomst');
    await expect(theory.locator('.lk-check__status')).toHaveText(/Voldoet/);
    await expectAccessible(page, 'Rotterdam framework after the placement');

    await page.getByRole('navigation', { name: 'Ontwerpstappen' }).getByRole('link', { name: /Belanghebbenden/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Stap 3: Belanghebbenden' })).toBeVisible();
    await expectAccessible(page, 'Rotterdam stakeholders step');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('navigation', { name: 'Ontwerpstappen' }).getByRole('link', { name: /Framework/ }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Halfjaar 3: Toekomst' })).toBeVisible();
    await expectAccessible(page, 'Rotterdam framework on a phone');
    await page.screenshot({ path: 'test-results/rotterdam-framework-390.png', fullPage: true });
  });
});
