import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, logIn, post, test, visit } from './fixtures';

const EDITOR = 'adviseur@rotterdam.demo';

test.describe('metingen', () => {
  test('vier metingen voorstellen, uitnodigingen maken, de links één keer zien en downloaden', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page, EDITOR);
    // A new cohort of the traineeship with three of the running cohort's trainees (the demo's cohorts have rounds).
    const demo = (await (await page.request.get('/api/v1/cohorts?q=Traineeship%202026-A')).json()).items[0];
    const trainees = (await (await page.request.get(
      `/api/v1/cohorts/${demo.id}/enrolments?role=participant&pageSize=3`)).json()).items as { person: { id: string } }[];
    const name = `Traineeship e2e ${Date.now()}`;
    const cohortId = (await post(page, '/cohorts', { programmeId: demo.programmeId, name, startsOn: '2027-03-01' })).id;
    await post(page, `/cohorts/${cohortId}/enrolments`, { personIds: trainees.map((e) => e.person.id) });
    const participants = trainees.length;

    // The cohort page's "Metingen": propose the four rounds, choose the instrument and the anonymity.
    await visit(page, `/cohorten/${cohortId}`, name);
    const panel = page.getByRole('region', { name: 'Metingen' });
    await panel.getByRole('button', { name: 'Vier metingen voorstellen' }).click();
    await panel.getByLabel(/^Vragenlijst/).selectOption({ label: 'Effectmeting traineeship (demo) (v1)' });
    await expect(panel.getByText(/gepseudonimiseerd: u ziet niet wie wat antwoordde/i)).toBeVisible();
    await panel.getByLabel('Anoniem', { exact: true }).check();
    const proposed = panel.getByRole('table', { name: 'Voorgestelde metingen' });
    await expect(proposed.getByRole('row').filter({ hasText: 'Voormeting' })).toBeVisible();
    const count = (await proposed.getByRole('row').count()) - 1;
    expect(count).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'proposed rounds');
    await panel.getByLabel('Opent: Voormeting').fill('2026-01-05T09:00');
    await panel.getByRole('button', { name: 'Metingen maken' }).click();
    await expect(panel.getByText(count === 1 ? '1 meting gemaakt.' : `${count} metingen gemaakt.`)).toBeVisible();
    const rounds = panel.getByRole('table', { name: 'Metingen van deze groep' });
    await expect(rounds.getByRole('row').filter({ hasText: 'Voormeting' }).getByText('Nog niemand uitgenodigd'))
      .toBeVisible();
    await expect(rounds.getByRole('row').filter({ hasText: 'Voormeting' })).toContainText('5 jan 2026');
    await expectAccessible(page, 'cohort with rounds');

    // The round: its facts, anonymity explained, then the invitations, their links shown once, the CSV.
    await rounds.getByRole('row').filter({ hasText: 'Voormeting' }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Effectmeting traineeship (demo)' })).toBeVisible();
    await expect(page.getByText(/Anoniem: niets koppelt een antwoord aan een persoon/)).toBeVisible();
    await expectAccessible(page, 'round page');
    const invitations = page.getByRole('region', { name: 'Uitnodigingen' });
    await invitations.getByRole('button', { name: 'Uitnodigingen maken' }).click();
    await expect(invitations.getByText('Deze links worden alleen nu getoond.', { exact: false })).toBeVisible();
    const links = invitations.getByRole('table', { name: 'Links van de nieuwe uitnodigingen' });
    await expect(links.getByRole('row')).toHaveCount(participants + 1);
    await expect(links.getByText(/\/antwoorden#/).first()).toBeVisible();
    const download = page.waitForEvent('download');
    await invitations.getByRole('link', { name: 'Download voor mail merge (CSV)' }).click();
    const file = await (await download).path();
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe('Personeelsnummer;Naam;E-mail;Link');
    await expect(page.getByRole('region', { name: 'Voortgang' }))
      .toContainText(`0 van ${participants} ingevuld (0 %)`);
    await expect(invitations.getByRole('table', { name: 'Uitgenodigd' }).getByRole('row')).toHaveCount(
      Math.min(participants, 50) + 1);
    await expect(invitations.getByRole('table', { name: 'Uitgenodigd' }).getByText('Nog niet verstuurd').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Antwoorden' }).getByText('Er zijn nog geen antwoorden.')).toBeVisible();
    await expectAccessible(page, 'round with invitations');

    // Sending without a mail server says so in Dutch.
    await invitations.getByRole('button', { name: 'Versturen per e-mail' }).click();
    await expect(invitations.getByText(/de mailserver is niet ingesteld/)).toBeVisible();

    // Times, title and message stay editable once invitations exist; keyboard only.
    await page.getByRole('button', { name: 'Wijzigen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel(/^Titel/).fill('Voormeting traineeship');
    await expectAccessible(page, 'round form');
    await page.getByRole('button', { name: 'Opslaan' }).press('Enter');
    await expect(page.getByText('De meting is opgeslagen.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Voormeting traineeship' })).toBeVisible();

    // After a reload the links are gone for good: only the statuses stay.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Voormeting traineeship' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Links van de nieuwe uitnodigingen' })).toHaveCount(0);

    // On a phone (390 px) the round page fits and stays accessible.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('region', { name: 'Voortgang' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'round page on a phone');
  });

  test('een bijeenkomst van een dag of langer: de evaluatie voorstellen en openen', async ({ adminPage: page }) => {
    test.slow();
    const sessions = (await (await page.request.get('/api/v1/sessions?pageSize=200&sort=day')).json()).items as
      { id: string }[];
    let sessionId = '';
    for (const session of sessions) {
      const answer = await (await page.request.get(`/api/v1/sessions/${session.id}/proposed-evaluation`)).json();
      if (answer.proposal?.instrumentId) { sessionId = session.id; break; }
    }
    expect(sessionId, 'a demo session whose evaluation is proposed').not.toBe('');
    await page.goto(`/bijeenkomsten/${sessionId}`);
    const panel = page.getByRole('region', { name: 'Evaluatie' });
    await expect(panel.getByText(/Interventies van een dag of langer worden geëvalueerd/)).toBeVisible();
    await expectAccessible(page, 'session with a proposed evaluation');
    await panel.getByRole('button', { name: 'Evaluatie voorstellen' }).click();
    await expect(panel.getByText('De evaluatie is gemaakt.')).toBeVisible();
    await panel.getByRole('link', { name: /^Naar de evaluatie/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Evaluatie');
    await expect(page.getByText(/Anoniem: niets koppelt een antwoord aan een persoon/)).toBeVisible();
    await expectAccessible(page, 'evaluation round page');
  });
});
