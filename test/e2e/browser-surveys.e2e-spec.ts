import { calendarDate, today } from '@app/shared';
import { SurveyService } from '@app/surveys';
import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { apply, createUser } from '../support/factories';
import {
  expectAccessible,
  expectFocused,
  expectNoHorizontalOverflow,
  logIn,
  openSession,
  PHONE_VIEWPORT,
  screenshot,
  useBrowserTestApp,
  waitForText,
} from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 120_000;

describe('web page: the satisfaction survey and the queue dashboard (issue 13, items 6 and 9)', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'a candidate answers the survey on a phone, once, without logging in',
    async () => {
      const candidate = await apply(app());
      await app()
        .api.get(SurveyService)
        .invite({ candidateId: candidate.candidateId, programmeId: randomUUID(), occasion: 'qualification' }, calendarDate(today(new Date())));
      const [mail] = await app().mail.waitFor(() =>
        app()
          .mail.to(candidate.email)
          .some((message) => (message.subject ?? '').includes('tevreden')),
      );
      const link = /http:\/\/localhost:3000(\/enquete\/[A-Za-z0-9_-]+)/.exec(
        app()
          .mail.to(candidate.email)
          .find((message) => (message.subject ?? '').includes('tevreden'))?.text ??
          mail.text ??
          '',
      )?.[1];
      expect(link).toBeDefined();

      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await page.setViewportSize(PHONE_VIEWPORT);
      // A visitor who is not signed in: the page's own "who is signed in?" gets its 401 while the
      // survey's request is under way. Both are held here so that this order always happens; it
      // once left the page loading for good (the 401 emptied the query cache under the survey's
      // request), in CI about one run in five.
      let surveyAsked!: () => void;
      const surveyRequested = new Promise<void>((resolve) => (surveyAsked = resolve));
      const signedOut = page.waitForResponse((response) => response.url().endsWith('/api/me') && response.status() === 401);
      await page.route('**/api/me', async (route) => {
        await surveyRequested;
        await route.continue();
      });
      await page.route('**/api/surveys/*', async (route) => {
        surveyAsked();
        await signedOut;
        await route.continue();
      });
      await page.goto(link!);
      await page.getByRole('heading', { name: 'Hoe tevreden ben je?', level: 1 }).waitFor();
      await waitForText(page.locator('main'), 'Gefeliciteerd met je bevoegdheid!');
      await screenshot(page, 'survey-360');
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);

      // Sent without a score: the group says what is missing, and its first choice takes the focus.
      await page.getByRole('button', { name: 'Versturen' }).click();
      await waitForText(page.locator('main'), 'Kies een cijfer van 1 tot en met 10.');
      await expectFocused(page.getByRole('radio', { name: '1', exact: true }));
      await expectAccessible(page);

      const scale = page.getByRole('group', { name: 'Welk cijfer geef je? (1 = zeer ontevreden, 10 = zeer tevreden)' });
      await scale.getByRole('radio', { name: '8', exact: true }).check();
      await page.getByLabel('Toelichting').fill('Mijn coach was er altijd als het nodig was.');
      await page.getByRole('button', { name: 'Versturen' }).click();
      const thanks = page.getByRole('heading', { name: 'Bedankt voor je antwoord', level: 1 });
      await expectFocused(thanks);
      await screenshot(page, 'survey-answered-360');
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);
      const { rows } = await app().db.query(`SELECT score, comment FROM satisfaction_surveys WHERE candidate_id = $1`, [candidate.candidateId]);
      expect(rows).toEqual([{ score: 8, comment: 'Mijn coach was er altijd als het nodig was.' }]);

      // The link works once: opened again, it says so.
      await page.goto(link!);
      await page.getByRole('heading', { name: 'Deze enquête is al ingevuld', level: 1 }).waitFor();
      await expectAccessible(page);
      await page.goto('/enquete/onbekende-link-die-niet-bestaat');
      await page.getByRole('heading', { name: 'Deze link is onbekend', level: 1 }).waitFor();
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'an administrator opens the queue dashboard from the menu, and its scripts run under its policy; a coach has no such menu item',
    async () => {
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      const blocked: string[] = [];
      page.on('console', (message) => {
        // Bull Board's page asks for Google's fonts; the policy keeps them out (the fallback font is used), and nothing else.
        if (/Content Security Policy/i.test(message.text()) && !message.text().includes('fonts.googleapis.com')) blocked.push(message.text());
      });
      await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wachtrijen' }).click();
      await page.getByRole('heading', { name: 'Wachtrijen', level: 1 }).waitFor();
      await expectAccessible(page);
      await page.setViewportSize(PHONE_VIEWPORT);
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);
      await page.setViewportSize({ width: 1280, height: 720 });

      await page.getByRole('link', { name: 'Wachtrijdashboard openen' }).click();
      await page.waitForURL('**/api/operations/queues/**');
      // Rendered by Bull Board's own scripts from the queue's data: the queue's display name.
      await waitForText(page.locator('body'), 'Achtergrondtaken');
      await screenshot(page, 'queue-dashboard');
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
      await context.close();

      const coach = await createUser(app(), 'coach');
      const other = await openSession(browser(), app().baseUrl);
      await logIn(other.page, coach.email, coach.password);
      const menu = other.page.getByRole('navigation', { name: 'Hoofdmenu' });
      await menu.getByRole('link', { name: 'Mijn account' }).waitFor();
      expect(await menu.getByRole('link', { name: 'Wachtrijen' }).count()).toBe(0);
      const refused = await other.page.goto('/api/operations/queues/');
      expect(refused?.status()).toBe(404);
      await other.context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
