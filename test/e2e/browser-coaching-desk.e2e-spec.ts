import { FixedClock } from '@app/shared';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool } from '../support/placement-fixtures';
import { runningProgramme } from '../support/programme-fixtures';
import { waitForQuiet } from '../support/quiet';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import {
  expectAccessible,
  expectAccessibleOnPhoneToo,
  expectFocused,
  logIn,
  openSession,
  screenshot,
  useBrowserTestApp,
  waitForText,
} from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 180_000;

/**
 * The central desk's coaching screens (issue 13 items 1, 2 and 10): an administrator keeps the coach
 * profiles on /coaches (create for a user with role coach, edit the maximum, deactivate) beside the
 * norms, read-only; staff reassign a programme's coach from its page, above the maximum only with the
 * reason the server asks for, and the page keeps the history. The API's clock stands on 15 March 2026.
 */
describe('web page: coach profiles and the norms; staff reassign a coach by hand', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const { app, browser } = useBrowserTestApp({ clock });
  let staff: TestUser;

  const rename = (user: TestUser, name: string) => app().db.query(`UPDATE users SET name = $2 WHERE id = $1`, [user.id, name]);

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
  });

  it(
    'an admin creates a coach profile, edits its maximum and deactivates it; the norms show read-only',
    async () => {
      const newcomer = await createUser(app(), 'coach');
      await rename(newcomer, 'Cora Nieuwcoach');
      const { page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Coaches' }).click();
      await page.getByRole('heading', { name: 'Coaches', level: 1 }).waitFor();
      const norm = page.getByTestId('norm-zij_instroom-1');
      await waitForText(norm, '4 uur per week');
      await waitForText(norm, '160 uur');
      await waitForText(norm, '40');
      await expectAccessibleOnPhoneToo(page);

      // The schema's messages first.
      await page.getByRole('button', { name: 'Coachprofiel toevoegen' }).click();
      const form = page.getByTestId('coach-form');
      await form.getByLabel('Maximum aantal trajecten').fill('');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await expectFocused(form.getByLabel('Coach', { exact: true }));
      await waitForText(form, 'Kies een gebruiker met de rol coach.');
      await waitForText(form, 'Kies minstens één regio.');
      await waitForText(form, 'Vul het maximum aantal trajecten in');
      await expectAccessibleOnPhoneToo(page);
      await form.getByLabel('Coach', { exact: true }).selectOption({ label: 'Cora Nieuwcoach' });
      await form.getByLabel('Almere', { exact: true }).check();
      await form.getByLabel('Maximum aantal trajecten').fill('5');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await waitForText(page.getByRole('status').filter({ hasText: 'toegevoegd' }), 'Het coachprofiel van Cora Nieuwcoach is toegevoegd.');
      await expectFocused(page.getByRole('heading', { name: 'Coaches', level: 1 }));
      const row = page.getByTestId(`coach-${newcomer.id}`);
      await waitForText(row, '0 van maximaal 5');
      await waitForText(row, 'Almere');

      // Edit the maximum and add a region.
      await page.getByRole('button', { name: 'Cora Nieuwcoach bewerken' }).click();
      const edit = page.getByTestId('coach-form');
      expect(await edit.getByLabel('Maximum aantal trajecten').inputValue()).toBe('5');
      await edit.getByLabel('Maximum aantal trajecten').fill('8');
      await edit.getByLabel('Lelystad', { exact: true }).check();
      await expectAccessible(page);
      await edit.getByRole('button', { name: 'Opslaan' }).click();
      await waitForText(row, '0 van maximaal 8');
      await waitForText(row, 'Almere, Lelystad');

      // Deactivate.
      await page.getByRole('button', { name: 'Cora Nieuwcoach deactiveren' }).click();
      await waitForText(row, 'Gedeactiveerd');
      await expectAccessibleOnPhoneToo(page);
      await screenshot(page, 'coaching-coaches');
      const stored = await app().db.query(`SELECT regions, max_caseload, active FROM coaches WHERE user_id = $1`, [newcomer.id]);
      expect(stored.rows).toEqual([{ regions: ['almere', 'lelystad'], max_caseload: 8, active: false }]);
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    "staff reassign a programme's coach from its page: the full coach only with the reason the server asks for; the history shows it",
    async () => {
      const board = await boardWithSchool(app());
      const first = await createUser(app(), 'coach');
      const second = await createUser(app(), 'coach');
      await rename(first, 'Anton Eerstecoach');
      await rename(second, 'Bea Tweedecoach');
      // One place each: the first programme goes to Anton; Bea is free until the second starts.
      expect((await staff.http.post('/api/coaches', { userId: first.id, regions: ['almere'], maxCaseload: 1, active: true })).status).toBe(204);
      const mine = await runningProgramme(app(), staff.http, board);
      await waitForQuiet(app());
      expect((await staff.http.post('/api/coaches', { userId: second.id, regions: ['almere'], maxCaseload: 1, active: true })).status).toBe(204);
      await app().db.query(`UPDATE candidates SET first_name = 'Daan', last_name = 'Herindeling' WHERE id = $1`, [mine.candidateId]);

      const { page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      await page.goto(`/trajecten/${mine.programmeId}`);
      const card = page.getByTestId('coaching-section');
      await waitForText(card.getByTestId('current-coach'), 'Anton Eerstecoach');
      await waitForText(card.getByTestId('coach-history'), 'Anton Eerstecoach: 1 okt 2025 tot nu (automatisch)');
      await card.getByRole('button', { name: 'Andere coach toewijzen' }).click();
      const form = page.getByTestId('assign-coach-form');
      // Bea has room as the form loads: no reason asked.
      await form.getByLabel('Coach', { exact: true }).selectOption(second.id);
      await expectAccessibleOnPhoneToo(page);
      expect(await form.getByLabel('Reden boven maximum').count()).toBe(0);
      // Meanwhile the second programme starts and takes Bea's place: the form's list is stale.
      await runningProgramme(app(), staff.http, board);
      await waitForQuiet(app());
      expect((await app().db.query(`SELECT caseload FROM coaches WHERE user_id = $1`, [second.id])).rows).toEqual([{ caseload: 1 }]);
      // The server refuses (409) and names the reason: the form asks for it, with the focus there. (A form that asks only when
      // its own list says the coach is full never shows the field here: checked once, it fails at the next line.)
      await form.getByRole('button', { name: 'Coach toewijzen' }).click();
      const reason = form.getByLabel('Reden boven maximum', { exact: true });
      await reason.and(page.locator('[aria-invalid="true"]')).waitFor();
      await waitForText(form, 'Geef een reden om boven het maximum toe te wijzen.');
      await expectFocused(reason);
      await expectAccessible(page);
      await reason.fill('Kent de school al van een eerdere kandidaat');
      await form.getByRole('button', { name: 'Coach toewijzen' }).click();
      await waitForText(card.getByTestId('current-coach'), 'Bea Tweedecoach');
      const history = card.getByTestId('coach-history');
      await waitForText(history, 'Anton Eerstecoach: 1 okt 2025 tot en met 14 mrt 2026 (automatisch)');
      await waitForText(history, 'Bea Tweedecoach: 15 mrt 2026 tot nu (met de hand) — reden boven maximum: Kent de school al van een eerdere kandidaat');
      await expectAccessibleOnPhoneToo(page);
      await screenshot(page, 'coaching-reassign');
      const current = await app().db.query(`SELECT coach_id, override_reason FROM coach_assignments WHERE programme_id = $1 AND ended_at IS NULL`, [
        mine.programmeId,
      ]);
      expect(current.rows).toEqual([{ coach_id: second.id, override_reason: 'Kent de school al van een eerdere kandidaat' }]);
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
