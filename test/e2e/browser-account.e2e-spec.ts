import type { Page } from 'playwright-core';
import { generate } from 'otplib';
import { FixedClock, SYSTEM_ACTOR } from '@app/shared';
import { UsersService } from '@app/accounts';
import { createUser, uniqueEmail } from '../support/factories';
import { logIn, openSession, screenshot, useBrowserTestApp, waitForText } from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 120_000;
const NARROW_VIEWPORT = { width: 360, height: 740 };

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // A string: the test project has no DOM types.
  const widths = await page.evaluate<{ page: number; window: number }>('({ page: document.documentElement.scrollWidth, window: window.innerWidth })');
  expect(widths.page).toBeLessThanOrEqual(widths.window);
}

async function fillPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

describe('web page: Mijn account and the login with two-step verification', () => {
  // The codes follow the app's clock: moved past the enrolment's period so the login code is a new one.
  const clock = new FixedClock(new Date());
  const code = (secret: string) => generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
  const { app, browser } = useBrowserTestApp({ worker: false, clock, config: { mfaRequiredRoles: ['staff'] } });

  it(
    'a coach sets up two-step verification on /account (also at 360 px), then signs in with a recovery code',
    async () => {
      const coach = await createUser(app(), 'coach');
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, coach.email, coach.password);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
      await page.getByRole('heading', { name: 'Mijn account', level: 1 }).waitFor();
      await waitForText(page.getByTestId('session-row'), 'deze sessie');
      await page.setViewportSize(NARROW_VIEWPORT);
      await expectNoSidewaysScroll(page);

      await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
      await page.getByRole('img', { name: 'QR-code voor je authenticator-app' }).waitFor();
      const secret = (await page.getByTestId('mfa-secret').textContent()) ?? '';
      await page.getByLabel('Code uit de app').fill(await code(secret));
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await page.getByTestId('recovery-codes').waitFor();
      const codes = await page.getByTestId('recovery-codes').locator('code').allTextContents();
      expect(codes).toHaveLength(10);
      await screenshot(page, 'account-recovery-codes-360');
      await expectNoSidewaysScroll(page);
      // Seen and kept: only now does the card say it is on.
      await page.getByRole('button', { name: 'Klaar' }).click();
      await waitForText(page.getByTestId('mfa-section'), 'Tweestapsverificatie staat aan. Je hebt nog 10 ongebruikte herstelcodes.');

      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await fillPassword(page, coach.email, coach.password);
      await page.getByLabel('Code', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
      await page.getByLabel('Herstelcode', { exact: true }).fill(codes[0]);
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'a staff member who must use two-step verification sets it up from the login, then signs in with a code',
    async () => {
      const email = uniqueEmail('balie');
      const password = `paars-olifant-${Date.now().toString(36)}-fietst`;
      await app().api.get(UsersService).create(SYSTEM_ACTOR, { email, name: 'Balie Medewerker', role: 'staff', password });
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await page.setViewportSize(NARROW_VIEWPORT);
      await fillPassword(page, email, password);
      await waitForText(page.getByRole('alert'), 'tweestapsverificatie verplicht');
      await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
      const secret = (await page.getByTestId('mfa-secret').textContent()) ?? '';
      await page.getByLabel('Code uit de app').fill(await code(secret));
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await page.getByTestId('recovery-codes').waitFor();
      await expectNoSidewaysScroll(page);
      await page.getByRole('button', { name: 'Opnieuw inloggen' }).click();

      clock.advance(30_000);
      await fillPassword(page, email, password);
      await page.getByLabel('Code', { exact: true }).fill(await code(secret));
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
