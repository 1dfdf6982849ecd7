import { apply, createUser } from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { expectAccessible, expectAccessibleOnPhoneToo, expectFocused, logIn, openSession, useBrowserTestApp, waitForText } from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 120_000;

describe('web page: routes', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'an admin lists, adds, edits and deactivates routes',
    async () => {
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Routes' }).click();
      await page.getByRole('heading', { name: 'Routes', level: 1 }).waitFor();
      await waitForText(page.getByTestId('route-ad_pep'), 'Mbo niveau 4');
      for (const code of ['zij_instroom', 'versneld_voor_de_klas', 'ad_pep', 'duaal', 'mijlpalen', 'maatwerk']) {
        await waitForText(page.getByTestId(`route-${code}`), '24 maanden');
      }
      await expectAccessibleOnPhoneToo(page);

      // Add: the schema's messages first, then a route.
      await page.getByRole('button', { name: 'Route toevoegen' }).click();
      const form = page.getByTestId('route-form');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await expectFocused(form.getByLabel('Code', { exact: true }));
      await waitForText(form, 'Kies minstens één opleidingsniveau.');
      await expectAccessible(page);
      await form.getByLabel('Code', { exact: true }).fill('deeltijd_pabo');
      await form.getByLabel('Naam', { exact: true }).fill('Deeltijdpabo');
      await form.getByLabel('Duur in maanden', { exact: true }).fill('36');
      await form.getByLabel('Geschiktheidsonderzoek nodig voor het traject').uncheck();
      await form.getByLabel('Havo', { exact: true }).check();
      await form.getByLabel('Vwo', { exact: true }).check();
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await waitForText(page.getByRole('status').filter({ hasText: 'toegevoegd' }), 'De route Deeltijdpabo is toegevoegd.');
      await expectFocused(page.getByRole('heading', { name: 'Routes', level: 1 }));
      await waitForText(page.getByTestId('route-deeltijd_pabo'), '36 maanden');

      // Edit: everything but the code.
      await page.getByRole('button', { name: 'Deeltijdpabo bewerken' }).click();
      expect(await page.getByTestId('route-form').getByLabel('Code', { exact: true }).count()).toBe(0);
      await page.getByTestId('route-form').getByLabel('Duur in maanden', { exact: true }).fill('30');
      await page.getByTestId('route-form').getByRole('button', { name: 'Opslaan' }).click();
      await waitForText(page.getByTestId('route-deeltijd_pabo'), '30 maanden');

      // Deactivate (and back): the public form no longer offers it.
      await page.getByRole('button', { name: 'Deeltijdpabo deactiveren' }).click();
      await waitForText(page.getByTestId('route-deeltijd_pabo'), 'Gedeactiveerd');
      const offered = await page.request.get('/api/applications/form-options');
      expect(((await offered.json()) as { routes: { code: string }[] }).routes.map((route) => route.code)).not.toContain('deeltijd_pabo');
      await expectAccessibleOnPhoneToo(page);
      const { rows } = await app().db.query(`SELECT duration_months, assessment_required, degree_levels, active FROM routes WHERE code = 'deeltijd_pabo'`);
      expect(rows).toEqual([{ duration_months: 30, assessment_required: false, degree_levels: ['havo', 'vwo'], active: false }]);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    "staff see a candidate's route and change it",
    async () => {
      const staff = await createUser(app(), 'staff');
      const candidate = await apply(app(), { degreeLevel: 'wo_master' });
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      await page.goto(`/kandidaten/${candidate.candidateId}`);
      const section = page.getByTestId('route-section');
      await waitForText(section.getByTestId('candidate-route'), 'Zij-instroom');
      await expectAccessibleOnPhoneToo(page);
      await section.getByRole('button', { name: 'Route wijzigen' }).click();
      const form = page.getByTestId('route-change-form');
      await form.getByLabel('Route', { exact: true }).selectOption('duaal');
      await expectAccessible(page);
      await form.getByRole('button', { name: 'Route opslaan' }).click();
      await waitForText(section.getByTestId('candidate-route'), 'Duaal traject');
      await expectFocused(page.getByRole('heading', { name: 'Route', level: 2 }));
      const { rows } = await app().db.query(`SELECT route, version FROM candidates WHERE id = $1`, [candidate.candidateId]);
      expect(rows).toEqual([{ route: 'duaal', version: 2 }]);
      await expectAccessibleOnPhoneToo(page);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
