import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apply, createUser, uniqueEmail } from '../support/factories';
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
const RECEIVED_TEXT = 'Bedankt voor je aanmelding. Je ontvangt binnen enkele minuten een e-mail met je aanmeldnummer.';

/** Fills every field of the public form with valid values (R1: an hbo bachelor) and both documents. */
async function fillApplication(page: Page, email: string): Promise<void> {
  await page.getByLabel('Voornaam', { exact: true }).fill('Noor');
  await page.getByLabel('Achternaam', { exact: true }).fill('Browsertest');
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Telefoonnummer', { exact: true }).fill('06 98765432');
  await page.getByLabel('Hoogst afgeronde opleiding', { exact: true }).selectOption('hbo_bachelor');
  await page.getByLabel('Studierichting', { exact: true }).fill('Technische bedrijfskunde');
  await page.getByLabel('Regio', { exact: true }).selectOption('almere');
  await page.getByLabel('Motivatiebrief', { exact: true }).setInputFiles(join(FIXTURES, 'motivatiebrief.pdf'));
  await page.getByLabel('CV', { exact: true }).setInputFiles(join(FIXTURES, 'cv.docx'));
}

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

      // The result takes the focus: the form the focus was in is gone. It names no reference (R3: that goes by mail).
      await expectFocused(form.getByRole('heading', { name: 'Aanmelding ontvangen' }));
      expect(await form.getByTestId('application-received').textContent()).toContain(RECEIVED_TEXT);
      expect(await form.getByTestId('application-received').textContent()).not.toMatch(/ZI-\d{4}/);
      await expectAccessible(form);
      await expectNoHorizontalOverflow(form);
      const [stored] = (await app().db.query('SELECT id, stage, last_name FROM candidates WHERE email = $1', [email])).rows;
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
  it(
    'the form checks each document as it is chosen, before sending; it links to the privacy statement and gives the contact details',
    async () => {
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      const sent: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/applications') && request.method() === 'POST') sent.push(request.url());
      });
      await page.goto('/aanmelden');
      const contact = page.getByTestId('contact-details');
      await waitForText(contact, app().config.contact.email);
      expect(await contact.textContent()).toContain(app().config.contact.phone);
      expect(await contact.getByRole('link', { name: app().config.contact.email }).getAttribute('href')).toBe(`mailto:${app().config.contact.email}`);

      // A text file and an 11 MB PDF are refused at their fields at once, before anything is sent.
      const letter = page.getByLabel('Motivatiebrief', { exact: true });
      await letter.setInputFiles({ name: 'brief.txt', mimeType: 'text/plain', buffer: Buffer.from('Beste lezer,') });
      await waitForText(page.locator('#apply-motivationLetter-error'), 'De motivatiebrief moet een PDF- of DOCX-bestand zijn.');
      expect(await letter.getAttribute('aria-invalid')).toBe('true');
      expect(await letter.getAttribute('aria-describedby')).toBe('apply-motivationLetter-hint apply-motivationLetter-error');
      const cv = page.getByLabel('CV', { exact: true });
      const large = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
      await cv.setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: large });
      await waitForText(page.locator('#apply-cv-error'), 'Het cv is groter dan 10 MB. Kies een kleiner bestand.');
      expect(await cv.getAttribute('aria-invalid')).toBe('true');
      // A PDF renamed .docx is refused too: the browser's type does not fit the name.
      await cv.setInputFiles({ name: 'cv.docx', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
      await waitForText(page.locator('#apply-cv-error'), 'Het cv moet een PDF- of DOCX-bestand zijn.');
      await expectAccessibleOnPhoneToo(page);
      // The other fields say nothing yet: only the documents were touched.
      expect(await page.getByLabel('Voornaam', { exact: true }).getAttribute('aria-invalid')).toBeNull();

      await letter.setInputFiles(join(FIXTURES, 'motivatiebrief.pdf'));
      await cv.setInputFiles(join(FIXTURES, 'cv.docx'));
      await page.locator('#apply-cv-error').waitFor({ state: 'detached' });
      await page.locator('#apply-motivationLetter-error').waitFor({ state: 'detached' });
      expect(await cv.getAttribute('aria-invalid')).toBeNull();
      expect(sent).toEqual([]);

      // The privacy statement opens in a tab of its own, so the filled form stays.
      const [privacy] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('link', { name: 'privacyverklaring (opent in een nieuw tabblad)' }).click(),
      ]);
      await privacy.getByRole('heading', { name: 'Privacyverklaring aanmelding zij-instroom', level: 1 }).waitFor();
      expect(await privacy.title()).toBe(`Privacyverklaring · ${BRAND}`);
      const statement = (await privacy.locator('main').textContent()) ?? '';
      for (const topic of [
        'Welke gegevens',
        'Waarom',
        'Hoe lang',
        'Wie je gegevens ziet',
        'Je rechten',
        'inzage',
        'verwijderen',
        '4 weken',
        '1 jaar',
        '4 jaar',
      ]) {
        expect({ topic, found: statement.includes(topic) }).toEqual({ topic, found: true });
      }
      await waitForText(privacy.getByTestId('contact-details'), app().config.contact.email);
      await expectAccessibleOnPhoneToo(privacy);
      expect(await letter.evaluate((input) => (input as unknown as { files: { length: number } }).files.length)).toBe(1);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'an address with an open dossier gets the same confirmation as a new one (R3), and no second dossier',
    async () => {
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      const confirmationFor = async (email: string): Promise<string> => {
        await page.goto('/aanmelden');
        await fillApplication(page, email);
        await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
        await expectFocused(page.getByRole('heading', { name: 'Aanmelding ontvangen' }));
        await expectAccessible(page);
        return (await page.locator('main').innerHTML()).trim();
      };
      const newAddress = await confirmationFor(uniqueEmail('nieuw'));
      const existing = await apply(app());
      const openAddress = await confirmationFor(existing.email.toUpperCase());
      expect(openAddress).toBe(newAddress);
      expect(newAddress).toContain(RECEIVED_TEXT);
      const { rows } = await app().db.query('SELECT count(*)::int AS count FROM candidates WHERE lower(email) = lower($1)', [existing.email]);
      expect(rows[0].count).toBe(1);
      await page.setViewportSize(PHONE_VIEWPORT);
      await expectNoHorizontalOverflow(page);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
  it(
    'the degree level is judged by the chosen route as soon as both are picked, naming the routes that fit (R1)',
    async () => {
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await page.goto('/aanmelden');
      const route = page.getByLabel('Route', { exact: true });
      const degree = page.getByLabel('Hoogst afgeronde opleiding', { exact: true });
      await route.locator('option', { hasText: 'Associate degree Pedagogisch Educatief Professional (Ad PEP)' }).waitFor({ state: 'attached' });
      expect(await route.inputValue()).toBe('zij_instroom');

      await degree.selectOption('mbo');
      const message = page.locator('#apply-degreeLevel-error');
      await waitForText(message, 'Voor de route Zij-instroom heb je een afgeronde opleiding nodig');
      expect(await message.textContent()).toContain(
        'Met je opleiding (mbo niveau 4) kun je je wel aanmelden voor: Associate degree Pedagogisch Educatief Professional (Ad PEP).',
      );
      expect(await degree.getAttribute('aria-invalid')).toBe('true');
      expect(await degree.getAttribute('aria-describedby')).toBe('apply-degreeLevel-error');
      await expectAccessibleOnPhoneToo(page);

      // Sending is refused in the page, at the field: nothing goes to the server.
      const sent: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') sent.push(request.url());
      });
      await fillApplication(page, uniqueEmail('mbo'));
      await degree.selectOption('mbo');
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await expectFocused(degree);
      await waitForText(message, 'Associate degree Pedagogisch Educatief Professional (Ad PEP)');
      expect(sent).toEqual([]);

      // The route that accepts mbo level 4: the message goes, and the application is received.
      await route.selectOption('ad_pep');
      await message.waitFor({ state: 'detached' });
      expect(await degree.getAttribute('aria-invalid')).toBeNull();
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await expectFocused(page.getByRole('heading', { name: 'Aanmelding ontvangen' }));
      const { rows } = await app().db.query(`SELECT route, degree_level FROM candidates WHERE last_name = 'Browsertest' AND degree_level = 'mbo'`);
      expect(rows).toEqual([{ route: 'ad_pep', degree_level: 'mbo' }]);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
