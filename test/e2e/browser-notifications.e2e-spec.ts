import { apply, createUser } from '../support/factories';
import { expectAccessible, expectAccessibleOnPhoneToo, logIn, openSession, screenshot, useBrowserTestApp, waitForText } from '../support/browser';
import { waitForQuiet } from '../support/quiet';

const BROWSER_TEST_TIMEOUT_MS = 120_000;

/** Issue 13 item 10 in the web page: "Meldingen" in the header with the unread count, and the page that lists and marks them. */
describe('web page: the signed-in user’s notifications', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'a staff member sees the count of a new application, opens Meldingen, marks it read and then all',
    async () => {
      const staff = await createUser(app(), 'staff');
      const first = await apply(app());
      const second = await apply(app());
      // The outbox tells the desk of both applications: two unread notifications for this staff member.
      await waitForQuiet(app());
      const { rows } = await app().db.query<{ id: string; title: string; subject_id: string }>(
        `SELECT id, title, subject_id FROM notifications WHERE kind = 'new_application' AND user_id = $1`,
        [staff.id],
      );
      expect(rows.map((row) => row.subject_id).sort()).toEqual([first.candidateId, second.candidateId].sort());
      const firstNotice = rows.find((row) => row.subject_id === first.candidateId)!;

      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      const header = page.getByRole('banner');
      await header.getByRole('link', { name: 'Meldingen, 2 ongelezen' }).click();
      await page.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
      expect(page.url()).toMatch(/\/meldingen$/);

      const row = page.getByTestId(`notification-${firstNotice.id}`);
      await waitForText(row, firstNotice.title);
      await waitForText(row, 'Ongelezen');
      // The date in Dutch, e.g. "1 dec 2026, 10:30", with the instant as machine-readable value.
      expect(await row.locator('time').textContent()).toMatch(/^\d{1,2} [a-z]{3}\.? \d{4}, \d{2}:\d{2}$/);
      await screenshot(page, 'notifications-desktop');
      await expectAccessibleOnPhoneToo(page);

      await row.getByRole('button', { name: /^Markeer als gelezen/ }).click();
      await header.getByRole('link', { name: 'Meldingen, 1 ongelezen' }).waitFor();
      await waitForText(row, 'Gelezen');
      expect(await row.getByRole('button').count()).toBe(0);

      await page.getByRole('button', { name: 'Alles gelezen' }).click();
      await waitForText(page.getByRole('status'), 'Alle meldingen zijn gelezen.');
      await header.getByRole('link', { name: 'Meldingen, 0 ongelezen' }).waitFor();
      await waitForText(page.locator('main'), 'U heeft geen ongelezen meldingen.');
      expect(await page.getByRole('button', { name: /^Markeer als gelezen/ }).count()).toBe(0);
      await screenshot(page, 'notifications-read');
      await expectAccessible(page);

      const unread = await app().db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [staff.id]);
      expect(unread.rows).toEqual([{ n: 0 }]);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
