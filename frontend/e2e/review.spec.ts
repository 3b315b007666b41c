import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, visit } from './fixtures';

async function post(page: Page, path: string, data: unknown): Promise<{ id: string }> {
  const me = await (await page.request.get('/api/v1/auth/me')).json();
  const response = await page.request.post(`/api/v1${path}`, { data, headers: { 'X-CSRF-Token': me.csrfToken } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

test.describe('jaarlijkse herijking', () => {
  test('besluiten, controleren en het programma van volgend jaar maken', async ({ adminPage: page }) => {
    // A plan, an intervention in its first year's programme and a budget line of its own, in years the demo and the budget spec do not use.
    const year = 2040 + Math.floor(Math.random() * 55);
    const stamp = Date.now();
    const title = `Herijkingstraining ${stamp}`;
    const plan = await post(page, '/plans', { title: `Plan ${stamp}`, firstYear: year, lastYear: year + 2 });
    const intervention = await post(page, '/interventions', { title, years: [year], fundingStream: 'personal' });
    const budget = await post(page, '/budgets', { year, stream: 'personal', amount: '5000.00' });
    await post(page, '/budget-lines', {
      budgetId: budget.id, kind: 'intervention', title: `Regel ${stamp}`, interventionId: intervention.id,
      plannedAmount: '1234.56',
    });

    // From the plan page; left out, the year is the plan's first one still awaiting its review.
    await visit(page, `/plan/${plan.id}`, `Plan ${stamp}`);
    await page.getByRole('link', { name: 'Jaarlijkse herijking: het programma van volgend jaar maken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Jaarlijkse herijking ${year}` })).toBeVisible();
    await expectAccessible(page, 'review step 1');
    const item = page.getByRole('group', { name: title });
    await expect(item.getByRole('table', { name: `Budgetregels van ${title} in ${year}` })).toContainText('1.234,56');

    await page.getByRole('button', { name: 'Volgende: controleren' }).click();
    await expect(item.getByText('Kies doorgaan, wijzigen of stoppen.')).toBeVisible();
    await expectAccessible(page, 'review step 1 with a missing decision');

    await item.getByRole('radio', { name: 'Doorgaan' }).check();
    await item.getByLabel(`Toelichting bij ${title}`).fill('Goed ontvangen');
    await page.getByRole('button', { name: 'Volgende: controleren' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: controleren' })).toBeVisible();
    await expect(page.getByRole('table', { name: `Budgetregels die naar ${year + 1} gaan` })).toContainText(`Regel ${stamp}`);
    await expectAccessible(page, 'review step 2');

    await page.getByLabel('Notitie bij de herijking').fill('E2E-herijking');
    await page.getByRole('button', { name: `Herijking uitvoeren: programma ${year + 1} maken` }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Stap 3 van 3: klaar (${year} → ${year + 1})` })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('1 doorgaan');
    await expect(page.getByText(`Nieuw aangemaakt budget in ${year + 1}: Persoonlijk.`)).toBeVisible();
    await expectAccessible(page, 'review result');

    await page.getByRole('link', { name: `Naar de budgetten van ${year + 1}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Budgetten ${year + 1}` })).toBeVisible();
    await expect(page.getByRole('table', { name: `Regels van het Persoonlijk budget ${year + 1}` })).toContainText(
      `Regel ${stamp}`,
    );
    await expectAccessible(page, 'next year budget page');

    // Reviewing the same year again shows the decisions instead of the wizard.
    await visit(page, `/plan/${plan.id}/herijking?van=${year}`, `Jaarlijkse herijking ${year}`);
    await expect(page.getByRole('heading', { level: 2, name: `${year} is al herijkt` })).toBeVisible();
  });
});
