import { expect, expectAccessible, test, visit } from './fixtures';

test.describe('audittrail', () => {
  test('toont wijzigingen, nieuwste eerst, met filters', async ({ adminPage: page }) => {
    // Make a change we can find back.
    await visit(page, '/beheer/organisatie', 'Organisatie');
    const size = page.getByLabel(/^Minimale groepsgrootte/);
    const next = (await size.inputValue()) === '8' ? '9' : '8';
    await size.fill(next);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen.' })).toBeVisible();

    await visit(page, '/beheer/audit', 'Audittrail');
    const table = page.getByRole('table', { name: 'Gebeurtenissen' });
    await expect(table).toBeVisible();

    // the filters offer what the trail holds, by their Dutch labels
    await page.getByLabel(/^Actie/).selectOption({ label: 'Organisatie gewijzigd' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(/actie=organisation\.updated/);
    const first = table.getByRole('row').nth(1);
    // Dutch labels and the organisation's name, not codes and ids
    await expect(first).toContainText('Organisatie gewijzigd');
    await expect(first).toContainText('Minimale groepsgrootte in rapportages');
    await expect(first).not.toContainText('minimumReportGroupSize');
    await expect(first).toContainText(/Gemeente/);
    await expectAccessible(page, 'filtered audit trail');

    await page.getByLabel(/^Door/).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(/door=/);

    // an address with an action the trail does not hold: shown as such, and no events
    await page.goto('/beheer/audit?actie=bestaat.niet');
    await expect(page.getByText('Geen gebeurtenissen gevonden die aan de filters voldoen.')).toBeVisible();

    await page.getByLabel(/^Actie/).selectOption({ label: 'Alle acties' });
    await page.getByLabel(/^ID van het object/).fill('geen-uuid');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect(page.getByLabel(/^ID van het object/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'audit filter error');
  });
});
