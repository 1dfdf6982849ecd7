import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createUser, uniqueEmail } from '../support/factories';
import {
  expectAccessible,
  expectFocused,
  expectNoHorizontalOverflow,
  logIn,
  openSession,
  PHONE_VIEWPORT,
  useBrowserTestApp,
  waitForText,
  expectAccessibleOnPhoneToo,
} from '../support/browser';

const FIXTURES = join(__dirname, '..', 'fixtures');
const BROWSER_TEST_TIMEOUT_MS = 120_000;
const BRAND = 'Flevowijs zij-instroom';

describe('web page: from the public form to screening', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'a candidate applies in the browser and staff start the screening',
    async () => {
      const lastName = `Browsertest ${randomUUID().slice(0, 8)}`;
      // Long enough to push a phone-wide page sideways unless it wraps.
      const email = uniqueEmail('noor-van-der-berg-technische-bedrijfskunde-zijinstroom');
      const visitor = await openSession(browser(), app().baseUrl);
      const form = visitor.page;

      await form.goto('/aanmelden');
      await form.getByRole('heading', { name: 'Aanmelden als zij-instromer', level: 1 }).waitFor();
      expect(await form.title()).toBe(`Aanmelden als zij-instromer · ${BRAND}`);
      await expectAccessibleOnPhoneToo(form);

      // An empty submit: the first field gets the focus, each field says it is invalid and where its message is.
      await form.getByRole('button', { name: 'Aanmelding versturen' }).click();
      const firstName = form.getByLabel('Voornaam', { exact: true });
      await expectFocused(firstName);
      expect(await firstName.getAttribute('aria-invalid')).toBe('true');
      expect(await form.locator(`#${await firstName.getAttribute('aria-describedby')}`).textContent()).toBe('Vul je voornaam in.');
      const letter = form.getByLabel('Motivatiebrief', { exact: true });
      expect(await letter.getAttribute('aria-invalid')).toBe('true');
      expect(await letter.getAttribute('aria-describedby')).toBe('apply-motivationLetter-hint apply-motivationLetter-error');
      expect(await form.locator('#apply-motivationLetter-error').textContent()).toBe('Kies je motivatiebrief.');
      await expectAccessibleOnPhoneToo(form);

      await form.setViewportSize(PHONE_VIEWPORT);
      await firstName.fill('Noor');
      await form.getByLabel('Achternaam', { exact: true }).fill(lastName);
      await form.getByLabel('E-mailadres', { exact: true }).fill(email);
      await form.getByLabel('Telefoonnummer', { exact: true }).fill('06 98765432');
      await form.getByLabel('Hoogst afgeronde opleiding', { exact: true }).selectOption('hbo_bachelor');
      await form.getByLabel('Studierichting', { exact: true }).fill('Technische bedrijfskunde');
      await form.getByLabel('Regio', { exact: true }).selectOption('lelystad');
      await letter.setInputFiles(join(FIXTURES, 'motivatiebrief.pdf'));
      await form.getByLabel('CV', { exact: true }).setInputFiles(join(FIXTURES, 'cv.docx'));
      expect(await firstName.getAttribute('aria-invalid')).toBeNull();
      await form.getByRole('button', { name: 'Aanmelding versturen' }).click();

      // The result takes the focus: the form the focus was in is gone.
      await expectFocused(form.getByRole('heading', { name: 'Bedankt voor je aanmelding' }));
      const referenceText = form.getByTestId('application-reference');
      const reference = (await referenceText.textContent())?.trim() ?? '';
      expect(reference).not.toBe('');
      await expectAccessible(form);
      await expectNoHorizontalOverflow(form);
      const [stored] = (await app().db.query('SELECT id, stage, last_name FROM candidates WHERE reference = $1', [reference])).rows;
      expect(stored).toMatchObject({ stage: 'applied', last_name: lastName });

      const staff = await createUser(app(), 'staff');
      const desk = await openSession(browser(), app().baseUrl);
      const page = desk.page;
      await page.goto('/');
      await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
      expect(await page.title()).toBe(`Inloggen · ${BRAND}`);
      await expectAccessible(page);
      await logIn(page, staff.email, staff.password);

      await page.getByRole('heading', { name: 'Kandidaten', level: 1 }).waitFor();
      await waitForText(page.getByTestId('column-applied'), `Noor ${lastName}`);
      expect(await page.title()).toBe(`Kandidaten · ${BRAND}`);
      await expectAccessibleOnPhoneToo(page);

      await page.getByRole('button', { name: 'Lijst', exact: true }).click();
      await page.getByLabel('Zoek op naam, e-mail of referentie').fill(email);
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await waitForText(page.getByTestId(`candidate-${stored.id}`), email);
      await expectAccessibleOnPhoneToo(page);
      await page.getByRole('link', { name: `Noor ${lastName}` }).click();

      const stage = page.getByTestId('candidate-stage');
      await waitForText(stage, 'Aangemeld');
      expect(await page.title()).toBe(`Kandidaat · ${BRAND}`);
      await page.getByTestId('disclosures-section').waitFor();
      await expectAccessibleOnPhoneToo(page);
      await page.getByRole('button', { name: 'Start screening' }).click();
      await waitForText(stage, 'In screening');
      expect((await stage.textContent())?.trim()).toBe('In screening');
      // The button is gone with the stage it belonged to: the focus goes to the candidate, beside the new stage.
      await expectFocused(page.getByRole('heading', { name: `Noor ${lastName}`, level: 1 }));
      await expectAccessibleOnPhoneToo(page);

      const [after] = (await app().db.query('SELECT stage FROM candidates WHERE id = $1', [stored.id])).rows;
      expect(after.stage).toBe('screening');
      expect([...visitor.pageErrors, ...desk.pageErrors]).toEqual([]);
      await visitor.context.close();
      await desk.context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'an unknown address shows a Dutch page with a way home; the page has its favicon',
    async () => {
      const staff = await createUser(app(), 'staff');
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);

      await page.goto('/bestaat-niet');
      await page.getByRole('heading', { name: 'Pagina niet gevonden', level: 1 }).waitFor();
      expect(await page.title()).toBe(`Pagina niet gevonden · ${BRAND}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await expectAccessibleOnPhoneToo(page);
      await page.getByRole('link', { name: 'Naar de startpagina' }).click();
      await page.getByRole('heading', { name: 'Kandidaten', level: 1 }).waitFor();

      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toBe('/favicon.svg');
      const favicon = await page.request.get(icon ?? '');
      expect(favicon.status()).toBe(200);
      expect(favicon.headers()['content-type']).toContain('image/svg+xml');
      expect(await favicon.text()).toContain('<svg');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
