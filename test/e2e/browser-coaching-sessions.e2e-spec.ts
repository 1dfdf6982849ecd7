import { FixedClock } from '@app/shared';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool } from '../support/placement-fixtures';
import { runningProgramme } from '../support/programme-fixtures';
import { waitForQuiet } from '../support/quiet';
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
 * Coaching in the web page (issue 13 items 3, 4 and 10): the coach changes and deletes their own
 * sessions within 30 days and sees the progress follow; older sessions and other people's get no
 * buttons, and a refusal of the server (the window closed while the form was open) shows on the form.
 * The coach flags the programme at risk and clears it; staff see it in "Risico op uitval" meanwhile.
 * The API's clock stands on 15 March 2026; the programme starts 1 October 2025 (72,8 hours due).
 */
describe('web page: a coach changes and deletes sessions, flags a programme at risk; staff see the flag', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const { app, browser } = useBrowserTestApp({ clock });
  let staff: TestUser;
  let coach: TestUser;
  let programmeId: string;

  const sessionsPath = () => `/api/programmes/${programmeId}/coaching-sessions`;
  const logAs = async (user: TestUser, body: Record<string, unknown>) => {
    const logged = await user.http.post(sessionsPath(), body);
    expect(logged.status).toBe(201);
    return (logged.body as { id: string }).id;
  };

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    coach = await createUser(app(), 'coach');
    expect((await staff.http.post('/api/coaches', { userId: coach.id, regions: ['almere'], maxCaseload: 2, active: true })).status).toBe(204);
    const board = await boardWithSchool(app());
    const started = await runningProgramme(app(), staff.http, board);
    await waitForQuiet(app());
    await app().db.query(`UPDATE candidates SET first_name = 'Iris', last_name = 'Sessieproef' WHERE id = $1`, [started.candidateId]);
    programmeId = started.programmeId;
  });

  it(
    'the coach changes and deletes sessions within 30 days; the progress follows; no buttons on older or staff sessions; a late change is refused on the form',
    async () => {
      const { page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, coach.email, coach.password);
      // No session yet: the caseload says so, and that 28 days passed without one.
      const row = page.getByTestId(`caseload-row-${programmeId}`);
      await waitForText(row, 'Geen begeleiding in 28 dagen');
      await waitForText(row, 'Nog geen');
      await expectAccessibleOnPhoneToo(page);

      const recent = await logAs(coach, { date: '2026-03-10', minutes: 90, kind: 'workplace_visit', note: 'Les geobserveerd' });
      const old = await logAs(coach, { date: '2026-02-01', minutes: 60, kind: 'individual' });
      await app().db.query(`UPDATE coaching_sessions SET created_at = created_at - interval '31 days' WHERE id = $1`, [old]);
      const byStaff = await logAs(staff, { date: '2026-03-01', minutes: 30, kind: 'other' });
      const later = await logAs(coach, { date: '2026-03-12', minutes: 30, kind: 'observation' });

      await page.goto(`/trajecten/${programmeId}`);
      const card = page.getByTestId('coaching-section');
      const progress = card.getByTestId('progress-year-1');
      // 90 + 60 + 30 + 30 minutes.
      await waitForText(progress, 'Leerjaar 1: 3,5 van 72,8 uur');
      await card.getByTestId(`session-${recent}`).getByRole('button', { name: 'Begeleiding van 10 mrt 2026 wijzigen' }).waitFor();
      expect(await card.getByTestId(`session-${old}`).getByRole('button').count()).toBe(0);
      expect(await card.getByTestId(`session-${byStaff}`).getByRole('button').count()).toBe(0);
      await expectAccessibleOnPhoneToo(page);

      // Change: 90 → 120 minutes.
      await card
        .getByTestId(`session-${recent}`)
        .getByRole('button', { name: /wijzigen$/ })
        .click();
      const edit = page.getByTestId('edit-session-form');
      expect(await edit.getByLabel('Duur in minuten').inputValue()).toBe('90');
      await edit.getByLabel('Duur in minuten').fill('10');
      await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await expectFocused(edit.getByLabel('Duur in minuten'));
      await waitForText(edit, 'Vul het aantal minuten in, van 15 tot en met 480.');
      await expectAccessible(page);
      await edit.getByLabel('Duur in minuten').fill('120');
      await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await waitForText(progress, 'Leerjaar 1: 4 van 72,8 uur');
      await expectFocused(page.getByRole('heading', { name: 'Begeleiding', level: 2 }));

      // Delete, after a confirmation.
      await card
        .getByTestId(`session-${recent}`)
        .getByRole('button', { name: /verwijderen$/ })
        .click();
      const remove = page.getByTestId('delete-session-form');
      await waitForText(remove, '120 minuten, werkplekbezoek');
      await expectAccessibleOnPhoneToo(page);
      await remove.getByRole('button', { name: 'Verwijderen' }).click();
      await waitForText(progress, 'Leerjaar 1: 2 van 72,8 uur');
      expect(await card.getByTestId(`session-${recent}`).count()).toBe(0);

      // The window closes while the form is open: the server's 409 shows on the form, and the buttons go.
      await card
        .getByTestId(`session-${later}`)
        .getByRole('button', { name: /wijzigen$/ })
        .click();
      const late = page.getByTestId('edit-session-form');
      await late.getByLabel('Duur in minuten').fill('45');
      await app().db.query(`UPDATE coaching_sessions SET created_at = created_at - interval '31 days' WHERE id = $1`, [later]);
      await late.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await waitForText(late.getByRole('alert'), 'Begeleiding kan tot 30 dagen na het vastleggen worden gewijzigd of verwijderd.');
      await expectAccessible(page);
      await late.getByRole('button', { name: 'Terug' }).click();
      await waitForText(progress, 'Leerjaar 1: 2 van 72,8 uur');
      expect(await card.getByTestId(`session-${later}`).getByRole('button').count()).toBe(0);
      await screenshot(page, 'coaching-sessions');

      const stored = await app().db.query(`SELECT id, minutes FROM coaching_sessions WHERE programme_id = $1 ORDER BY date`, [programmeId]);
      expect(stored.rows).toEqual([
        { id: old, minutes: 60 },
        { id: byStaff, minutes: 30 },
        { id: later, minutes: 30 },
      ]);
      const audit = await app().db.query(`SELECT action FROM audit_log WHERE entity = 'coaching_session' AND entity_id = $1 ORDER BY at`, [recent]);
      // The fixed clock gives every row the same time: compared as a set.
      expect(audit.rows.map((entry) => entry.action).sort()).toEqual(['create', 'delete', 'update']);
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'the coach flags the programme at risk (no health details) and clears it; staff see it in Risico op uitval meanwhile',
    async () => {
      const coachSession = await openSession(browser(), app().baseUrl);
      const page = coachSession.page;
      await logIn(page, coach.email, coach.password);
      await page.goto(`/trajecten/${programmeId}`);
      const card = page.getByTestId('coaching-section');
      await waitForText(card.getByTestId('coaching-risk'), 'Niet gemeld');
      await card.getByRole('button', { name: 'Risico op uitval melden' }).click();
      const form = page.getByTestId('risk-form');
      await waitForText(form, 'Geen gezondheidsgegevens');
      await form.getByRole('button', { name: 'Risico opslaan' }).click();
      await expectFocused(form.getByLabel('Laag', { exact: true }));
      await waitForText(form, 'Vul een korte toelichting in.');
      await expectAccessibleOnPhoneToo(page);
      await form.getByLabel('Hoog', { exact: true }).check();
      await form.getByLabel('Korte toelichting').fill('Twijfelt of het lesgeven bij haar past');
      await form.getByRole('button', { name: 'Risico opslaan' }).click();
      await waitForText(card.getByTestId('coaching-risk'), 'hoog: Twijfelt of het lesgeven bij haar past (sinds 15 mrt 2026)');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn trajecten' }).click();
      await waitForText(page.getByTestId(`caseload-row-${programmeId}`), 'Risico op uitval');

      const desk = await openSession(browser(), app().baseUrl);
      await logIn(desk.page, staff.email, staff.password);
      await desk.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Risico op uitval' }).click();
      await desk.page.getByRole('heading', { name: 'Risico op uitval', level: 1 }).waitFor();
      const flagged = desk.page.getByTestId(`at-risk-${programmeId}`);
      await waitForText(flagged, 'Iris Sessieproef');
      await waitForText(flagged, 'Hoog');
      await waitForText(flagged, 'Twijfelt of het lesgeven bij haar past');
      await waitForText(flagged, 'Test coach');
      await waitForText(flagged, '15 mrt 2026');
      await expectAccessibleOnPhoneToo(desk.page);
      await screenshot(desk.page, 'coaching-at-risk');

      // The coach clears it, after a confirmation; the list is empty for staff.
      await page.goto(`/trajecten/${programmeId}`);
      await card.getByRole('button', { name: 'Risico opheffen' }).click();
      await page.getByTestId('clear-risk-form').getByRole('button', { name: 'Risico opheffen' }).click();
      await waitForText(card.getByTestId('coaching-risk'), 'Niet gemeld');
      await desk.page.reload();
      await desk.page.getByText('Er is geen traject met risico op uitval gemeld.').waitFor();
      await expectAccessible(desk.page);
      const audit = await app().db.query(`SELECT action FROM audit_log WHERE entity = 'programme_risk' AND entity_id = $1 ORDER BY at`, [programmeId]);
      expect(audit.rows.map((entry) => entry.action).sort()).toEqual(['clear', 'flag']);
      expect(coachSession.pageErrors).toEqual([]);
      expect(desk.pageErrors).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
