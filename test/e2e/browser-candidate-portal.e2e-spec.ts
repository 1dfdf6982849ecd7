import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createUser, openDossierOf, uniqueEmail } from '../support/factories';
import { expectAccessible, expectAccessibleOnPhoneToo, logIn, openSession, screenshot, useBrowserTestApp, waitForText } from '../support/browser';

const FIXTURES = join(__dirname, '..', 'fixtures');
const BROWSER_TEST_TIMEOUT_MS = 120_000;
const SIGN_IN_LINK = /https?:\/\/\S+\/mijn-aanmelding#token=[A-Za-z0-9_-]+/;

async function fillApplication(page: Page, email: string): Promise<void> {
  await page.getByLabel('Voornaam', { exact: true }).fill('Noor');
  await page.getByLabel('Achternaam', { exact: true }).fill('Portaaltest');
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Telefoonnummer', { exact: true }).fill('06 98765432');
  await page.getByLabel('Hoogst afgeronde opleiding', { exact: true }).selectOption('hbo_bachelor');
  await page.getByLabel('Studierichting', { exact: true }).fill('Technische bedrijfskunde');
  await page.getByLabel('Regio', { exact: true }).selectOption('almere');
  await page.getByLabel('Motivatiebrief', { exact: true }).setInputFiles(join(FIXTURES, 'motivatiebrief.pdf'));
  await page.getByLabel('CV', { exact: true }).setInputFiles(join(FIXTURES, 'cv.docx'));
}

describe('web page: sources on the public form, and Mijn aanmelding (issue 16, items 4 and 6)', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'a campaign link preselects its source (an unknown code is ignored); the candidate signs in with the mailed link and withdraws',
    async () => {
      const { context, page: form, pageErrors } = await openSession(browser(), app().baseUrl);
      let page = form;

      // An unknown code on the link: nothing chosen, the form works as ever.
      await page.goto('/aanmelden?bron=tv_reclame');
      await page.getByRole('heading', { name: 'Aanmelden als zij-instromer', level: 1 }).waitFor();
      const source = page.getByLabel('Hoe heb je van zij-instroom bij Flevowijs gehoord?', { exact: true });
      await source.locator('option[value="onderwijsloket"]').waitFor({ state: 'attached' });
      expect(await source.inputValue()).toBe('');

      await page.goto('/aanmelden?bron=onderwijsloket');
      await page.getByRole('heading', { name: 'Aanmelden als zij-instromer', level: 1 }).waitFor();
      // A string: the test project has no DOM types.
      await page.waitForFunction(`document.querySelector('#apply-source')?.value === 'onderwijsloket'`);
      await expectAccessibleOnPhoneToo(page);
      const email = uniqueEmail('noor-portaal');
      await fillApplication(page, email);
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await page.getByTestId('application-received').waitFor();
      const dossier = await openDossierOf(app(), email);
      if (!dossier) throw new Error('The application made no dossier');
      const { rows } = await app().db.query(`SELECT source FROM candidates WHERE id = $1`, [dossier.candidateId]);
      expect(rows[0].source).toBe('onderwijsloket');

      // Mijn aanmelding: ask for a link, open it from the mail.
      await page.goto('/mijn-aanmelding');
      await page.getByRole('heading', { name: 'Mijn aanmelding', level: 1 }).waitFor();
      await expectAccessibleOnPhoneToo(page);
      await page.getByLabel('E-mailadres', { exact: true }).fill(email);
      await page.getByRole('button', { name: 'Inloglink versturen' }).click();
      await page.getByRole('heading', { name: 'Kijk in je e-mail', level: 1 }).waitFor();
      await expectAccessible(page);

      const linkMail = await app().mail.waitFor(() =>
        app()
          .mail.to(email)
          .some((mail) => SIGN_IN_LINK.test(mail.text ?? '')),
      );
      const link = linkMail.map((mail) => SIGN_IN_LINK.exec(mail.text ?? '')?.[0]).find(Boolean);
      if (!link) throw new Error('No sign-in link in the mail');
      const url = new URL(link);
      // As a click in the mail opens it: a new tab of the same browser.
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${url.pathname}${url.hash}`);
      await waitForText(page.getByTestId('portal-status'), 'We hebben je aanmelding ontvangen');
      // The token leaves the address bar at once.
      expect(new URL(page.url()).hash).toBe('');
      await page.getByText(dossier.reference).first().waitFor();
      await page.getByText('Motivatiebrief: motivatiebrief.pdf').waitFor();
      await expectAccessibleOnPhoneToo(page);
      await screenshot(page, 'portal-overview');

      // Withdraw, with a confirmation step.
      const withdraw = page.getByTestId('portal-withdraw');
      await withdraw.getByRole('button', { name: 'Aanmelding intrekken' }).click();
      await withdraw.getByRole('button', { name: 'Ja, aanmelding intrekken' }).click();
      await waitForText(page.getByRole('status'), 'Je aanmelding is ingetrokken');
      await waitForText(page.getByTestId('portal-status'), 'Je hebt je aanmelding ingetrokken');
      await page.getByTestId('portal-withdraw').waitFor({ state: 'detached' });
      await expectAccessible(page);
      const after = await app().db.query(
        `SELECT c.stage, (SELECT actor_role FROM audit_log WHERE entity = 'candidate' AND entity_id = c.id::text AND action = 'withdraw') AS "actorRole"
         FROM candidates c WHERE c.id = $1`,
        [dossier.candidateId],
      );
      expect(after.rows[0]).toEqual({ stage: 'withdrawn', actorRole: 'candidate' });

      // The link worked once: opened again it offers a new one.
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByLabel('E-mailadres', { exact: true }).waitFor();
      page = await context.newPage();
      await page.goto(`${url.pathname}${url.hash}`);
      await page.getByText('verlopen of al gebruikt', { exact: false }).first().waitFor();
      await expectAccessible(page);
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'an administrator manages the sources and edits a mail text with a preview',
    async () => {
      const admin = await createUser(app(), 'admin');
      const { page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, admin.email, admin.password);

      await page.goto('/bronnen');
      await page.getByRole('heading', { name: 'Bronnen', level: 1 }).waitFor();
      await page.getByTestId('source-onderwijsloket').waitFor();
      await expectAccessibleOnPhoneToo(page);

      await page.goto('/mailteksten');
      await page.getByRole('heading', { name: 'Mailteksten', level: 1 }).waitFor();
      await page.getByLabel('Mail', { exact: true }).selectOption('application_confirmation');
      const editor = page.getByTestId('mail-template-editor');
      await editor.getByRole('heading', { name: 'Ontvangstbevestiging van een aanmelding' }).waitFor();
      await editor.getByLabel('Onderwerp', { exact: true }).fill('Ontvangen: {referentie} en {achternaam}');
      await editor.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
      await waitForText(editor, 'onbekende invulplek: {achternaam}');
      await expectAccessible(page);
      await editor.getByLabel('Onderwerp', { exact: true }).fill('Ontvangen: {referentie}');
      await editor.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
      await waitForText(page.getByTestId('mail-preview'), 'Ontvangen: ZI-2026-00042');
      await expectAccessibleOnPhoneToo(page);
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
