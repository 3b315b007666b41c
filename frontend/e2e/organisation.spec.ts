import { expect, expectAccessible, test, visit } from './fixtures';

test.describe('organisatie-instellingen', () => {
  test('wijzigen en bewaren', async ({ adminPage: page }) => {
    await visit(page, '/beheer/organisatie', 'Organisatie');
    const days = page.getByLabel(/^Leertijdnorm/);
    await expect(days).not.toHaveValue('');
    const next = (await days.inputValue()) === '13' ? '14' : '13';
    await days.fill(next);
    await page.getByLabel(/^Streefwaarde opleidingsbudget/).fill('3,25');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen.' })).toBeVisible();
    await expectAccessible(page, 'organisation saved');

    await page.reload();
    await expect(page.getByLabel(/^Leertijdnorm/)).toHaveValue(new RegExp(`^${next}(,0)?$`));
    await expect(page.getByLabel(/^Streefwaarde opleidingsbudget/)).toHaveValue('3,25');
  });

  test('ongeldige invoer krijgt de melding van de server bij het veld', async ({ adminPage: page }) => {
    await visit(page, '/beheer/organisatie', 'Organisatie');
    await page.getByLabel(/^Minimale groepsgrootte/).fill('1');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByLabel(/^Minimale groepsgrootte/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').first()).toContainText('Controleer de gemarkeerde velden.');
    await expectAccessible(page, 'organisation with field error');
  });

  test('een wijziging door iemand anders wordt niet stil overschreven (412)', async ({ adminPage: page, context }) => {
    await visit(page, '/beheer/organisatie', 'Organisatie');
    const other = await context.newPage();
    await other.goto('/beheer/organisatie');
    await expect(other.getByRole('heading', { level: 1, name: 'Organisatie' })).toBeVisible();

    // The other tab saves first.
    const otherSize = other.getByLabel(/^Minimale groepsgrootte/);
    const current = await otherSize.inputValue();
    await otherSize.fill(current === '6' ? '7' : '6');
    await other.getByRole('button', { name: 'Opslaan' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen.' })).toBeVisible();

    // This tab still has the old version.
    await page.getByLabel(/^Leertijdnorm/).fill('11');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Iemand anders heeft dit intussen gewijzigd');
    await expectAccessible(page, 'stale organisation');

    await alert.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByLabel(/^Minimale groepsgrootte/)).toHaveValue(await otherSize.inputValue());
    await other.close();
  });
});
