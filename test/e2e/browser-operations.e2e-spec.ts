import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { apply, createUser } from '../support/factories';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  logIn,
  openSession,
  PHONE_VIEWPORT,
  screenshot,
  useBrowserTestApp,
  waitForText,
} from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 120_000;

describe('web page: administrators send dead background jobs again', () => {
  // No worker: the arranged dead row and the revived one stay as they are until the test reads them.
  const { app, browser } = useBrowserTestApp({ worker: false });

  it(
    'an admin retries a confirmation mail the outbox gave up on',
    async () => {
      const { candidateId } = await apply(app());
      const dead = await app().db.query<{ id: string }>(
        `UPDATE outbox_jobs SET status = 'dead', dead_at = now(), attempts = 9, last_error_code = 'EENVELOPE:550'
         WHERE name = 'candidates.application-received' AND payload->>'candidateId' = $1 RETURNING id`,
        [candidateId],
      );
      expect(dead.rowCount).toBe(1);
      const jobId = dead.rows[0].id;

      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' }).click();
      await page.getByRole('heading', { name: 'Niet verstuurde berichten', level: 1 }).waitFor();
      const row = page.getByTestId(`dead-job-${jobId}`);
      await waitForText(row, 'Ontvangstbevestiging en melding nieuwe aanmelding');
      await waitForText(row, 'EENVELOPE:550');
      expect(await row.locator('td').nth(1).textContent()).toBe('9');
      await screenshot(page, 'operations-desktop');
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);

      await page.setViewportSize(PHONE_VIEWPORT);
      await screenshot(page, 'operations-360');
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);

      await row.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await waitForText(page.getByRole('status'), 'Het bericht wordt opnieuw verstuurd.');
      await waitForText(page.locator('main'), 'Er zijn geen berichten die niet verstuurd konden worden.');
      expect(await row.count()).toBe(0);
      await screenshot(page, 'operations-retried-360');
      await expectAccessible(page);

      const [job] = (await app().db.query('SELECT status, dead_at FROM outbox_jobs WHERE id = $1', [jobId])).rows;
      expect(job).toEqual({ status: 'pending', dead_at: null });
      const audit = await app().db.query(
        `SELECT u.email, a.changed_fields FROM audit_log a JOIN users u ON u.id = a.actor_id
         WHERE a.entity = 'outbox_job' AND a.entity_id = $1 AND a.action = 'retry'`,
        [jobId],
      );
      expect(audit.rows).toEqual([{ email: ADMIN_EMAIL, changed_fields: ['status', 'nextAttemptAt'] }]);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'staff see no menu item for it, and the page refuses them',
    async () => {
      const staff = await createUser(app(), 'staff');
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await menu.getByRole('link', { name: 'Audit' }).waitFor();
      expect(await menu.getByRole('link', { name: 'Berichten' }).count()).toBe(0);

      await page.goto('/berichten');
      await page.getByRole('heading', { name: 'Geen toegang' }).waitFor();
      expect(await page.title()).toBe('Geen toegang · Flevowijs zij-instroom');
      await expectAccessible(page);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
