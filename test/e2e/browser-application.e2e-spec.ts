import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createUser, uniqueEmail } from '../support/factories';
import { logIn, openSession, useBrowserTestApp, waitForText } from '../support/browser';

const FIXTURES = join(__dirname, '..', 'fixtures');
const BROWSER_TEST_TIMEOUT_MS = 120_000;

describe('web page: from the public form to screening', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'a candidate applies in the browser and staff start the screening',
    async () => {
      const lastName = `Browsertest ${randomUUID().slice(0, 8)}`;
      const email = uniqueEmail('browser');
      const visitor = await openSession(browser(), app().baseUrl);
      const form = visitor.page;

      await form.goto('/aanmelden');
      await form.getByLabel('Voornaam', { exact: true }).fill('Noor');
      await form.getByLabel('Achternaam', { exact: true }).fill(lastName);
      await form.getByLabel('E-mailadres', { exact: true }).fill(email);
      await form.getByLabel('Telefoonnummer', { exact: true }).fill('06 98765432');
      await form.getByLabel('Hoogst afgeronde opleiding', { exact: true }).selectOption('hbo_bachelor');
      await form.getByLabel('Studierichting', { exact: true }).fill('Technische bedrijfskunde');
      await form.getByLabel('Regio', { exact: true }).selectOption('lelystad');
      await form.getByLabel('Motivatiebrief', { exact: true }).setInputFiles(join(FIXTURES, 'motivatiebrief.pdf'));
      await form.getByLabel('CV', { exact: true }).setInputFiles(join(FIXTURES, 'cv.docx'));
      await form.getByRole('button', { name: 'Aanmelding versturen' }).click();

      const referenceText = form.getByTestId('application-reference');
      await referenceText.waitFor();
      const reference = (await referenceText.textContent())?.trim() ?? '';
      expect(reference).not.toBe('');
      const [stored] = (await app().db.query('SELECT id, stage, last_name FROM candidates WHERE reference = $1', [reference])).rows;
      expect(stored).toMatchObject({ stage: 'applied', last_name: lastName });

      const staff = await createUser(app(), 'staff');
      const desk = await openSession(browser(), app().baseUrl);
      const page = desk.page;
      await logIn(page, staff.email, staff.password);

      await page.getByRole('button', { name: 'Lijst', exact: true }).click();
      await page.getByLabel('Zoek op naam of e-mail').fill(email);
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.getByRole('link', { name: `Noor ${lastName}` }).click();

      const stage = page.getByTestId('candidate-stage');
      await waitForText(stage, 'Aangemeld');
      await page.getByRole('button', { name: 'Start screening' }).click();
      await waitForText(stage, 'In screening');
      expect((await stage.textContent())?.trim()).toBe('In screening');

      const [after] = (await app().db.query('SELECT stage FROM candidates WHERE id = $1', [stored.id])).rows;
      expect(after.stage).toBe('screening');
      expect([...visitor.pageErrors, ...desk.pageErrors]).toEqual([]);
      await visitor.context.close();
      await desk.context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
