import { createUser } from '../support/factories';
import { expectAccessible, expectAccessibleOnPhoneToo, logIn, openSession, screenshot, useBrowserTestApp } from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 120_000;

/** Keys of the page's script-readable storage and cookies: the session must be in none of them. */
const SCRIPT_READABLE = `({ storage: [...Object.keys(sessionStorage), ...Object.keys(localStorage)], cookie: document.cookie })`;

describe('web page: "Wachtwoord vergeten" and the session shared by the tabs of a browser (issue 11, item 8)', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'a coach asks for a link, opens it from the mail, sets a new password and signs in; a second tab is signed in; logout signs both out',
    async () => {
      const coach = await createUser(app(), 'coach');
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);

      await page.goto('/');
      await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
      await page.getByRole('heading', { name: 'Wachtwoord vergeten', level: 1 }).waitFor();
      await expectAccessibleOnPhoneToo(page);
      await page.getByLabel('E-mailadres', { exact: true }).fill(coach.email);
      await page.getByRole('button', { name: 'Link versturen' }).click();
      await page.getByRole('heading', { name: 'Kijk in je e-mail', level: 1 }).waitFor();
      await expectAccessible(page);
      await screenshot(page, 'password-reset-requested');

      await app().mail.waitFor(() => app().mail.to(coach.email).length > 0);
      const link = /https?:\/\/\S+\/wachtwoord-herstellen#token=[A-Za-z0-9_-]+/.exec(app().mail.to(coach.email)[0].text ?? '')?.[0];
      if (!link) throw new Error('No reset link in the mail');
      // The mail links to APP_URL; the test app listens elsewhere.
      const url = new URL(link);
      await page.goto(`${url.pathname}${url.hash}`);
      await page.getByRole('heading', { name: 'Nieuw wachtwoord kiezen', level: 1 }).waitFor();
      // The token leaves the address bar at once.
      expect(new URL(page.url()).hash).toBe('');
      await expectAccessibleOnPhoneToo(page);
      const weak = page.getByLabel('Nieuw wachtwoord', { exact: true });
      await weak.fill('aaaaaaaaaaaa');
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await page.getByText('Het wachtwoord is te zwak', { exact: false }).first().waitFor();
      await expectAccessible(page);
      await screenshot(page, 'password-reset-weak');
      const newPassword = `paars-olifant-${Date.now().toString(36)}-fietst`;
      await weak.fill(newPassword);
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await page.getByRole('heading', { name: 'Je wachtwoord is gewijzigd', level: 1 }).waitFor();
      await expectAccessible(page);

      // The link works once.
      const reused = await context.newPage();
      await reused.goto(`${url.pathname}${url.hash}`);
      await reused.getByLabel('Nieuw wachtwoord', { exact: true }).fill(`${newPassword}-weer`);
      await reused.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await reused.getByText('verlopen of al gebruikt', { exact: false }).first().waitFor();
      await expectAccessible(reused);
      await reused.close();

      await page.getByRole('link', { name: 'Naar inloggen' }).click();
      await logIn(page, coach.email, newPassword);
      await expectAccessible(page);
      // Nothing a script can read holds the session: the cookie is HttpOnly.
      expect(await page.evaluate<{ storage: string[]; cookie: string }>(SCRIPT_READABLE)).toEqual({ storage: [], cookie: '' });

      // A second tab of the same browser is signed in (the Secure cookie works over http://127.0.0.1 in Chromium).
      const second = await context.newPage();
      await second.goto('/account');
      await second.getByRole('heading', { name: 'Mijn account', level: 1 }).waitFor();
      await expectAccessible(second);

      // Logout in the first tab: the second is signed out at its next request.
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
      await second.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kandidaten' }).click();
      await second.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
      await expectAccessible(second);
      // And a new tab opens at the login form.
      const third = await context.newPage();
      await third.goto('/kandidaten');
      await third.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
