import { FixedClock } from '@app/shared';
import { createUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool } from '../support/placement-fixtures';
import { candidatesAtAssessmentPassed } from '../support/programme-fixtures';
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
 * The programme road in the web page: staff propose the candidate to a board, the board places
 * them, staff start the programme (a stale VOG is refused on its field first), record the subsidy
 * and the dropout, and the board sees the repayment risk and its task and marks it done. The
 * API's clock stands on 15 March 2026.
 */
describe('web page: propose, place, start a programme, record a dropout, the board reports it to DUO', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const { app, browser } = useBrowserTestApp({ clock });

  it(
    'staff propose, the board places, staff start the programme and record the dropout; the board sees the repayment task and marks it done',
    async () => {
      const staff = await createUser(app(), 'staff');
      const board = await boardWithSchool(app());
      const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
      await app().db.query(`UPDATE candidates SET first_name = 'Noor', last_name = 'Trajectproef' WHERE id = $1`, [candidateId]);
      expect((await staff.http.put(`/api/boards/${board.boardId}/capacity/2025-2026`, { places: 2 })).status).toBe(200);

      // Matching: staff propose the candidate to the board.
      const desk = await openSession(browser(), app().baseUrl);
      await logIn(desk.page, staff.email, staff.password);
      const page = desk.page;
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Matching' }).click();
      await page.getByTestId(`pool-${candidateId}`).waitFor();
      await page.getByRole('button', { name: 'Voorstellen aan schoolbestuur: Noor Trajectproef' }).click();
      const proposal = page.getByTestId('proposal-form');
      await proposal.getByLabel('Schoolbestuur', { exact: true }).selectOption(board.boardId);
      await proposal.getByRole('button', { name: 'Voorstellen' }).click();
      await waitForText(page.getByTestId(`pool-${candidateId}`), `${board.boardName}: voorgesteld`);
      await expectAccessible(page);

      // The board places the candidate from the proposal: boven-formatief, from 1 September 2025.
      const boardSession = await openSession(browser(), app().baseUrl);
      await logIn(boardSession.page, board.user.email, board.user.password);
      const boardPage = boardSession.page;
      await boardPage.getByRole('link', { name: 'Voorstellen' }).click();
      await boardPage.getByRole('button', { name: 'Plaatsen: Noor Trajectproef' }).click();
      const placement = boardPage.getByTestId('placement-form');
      await placement.getByLabel('School', { exact: true }).selectOption(board.schoolId);
      await placement.getByLabel('Startdatum', { exact: true }).fill('2025-09-01');
      await placement.getByLabel('FTE', { exact: true }).fill('0,8');
      await expectAccessible(boardPage);
      await placement.getByRole('button', { name: 'Plaatsen' }).click();
      await waitForText(boardPage.getByTestId(`proposal-${candidateId}`), 'Geplaatst');

      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Trajecten' }).click();
      const ready = page.getByTestId('ready-section');
      await waitForText(ready, 'Noor Trajectproef');
      await expectAccessibleOnPhoneToo(page);

      // Start: sent empty, the first field with a message takes the focus.
      await ready.getByRole('button', { name: 'Traject starten voor Noor Trajectproef' }).click();
      const form = page.getByTestId('start-programme-form');
      await form.getByRole('button', { name: 'Traject starten' }).click();
      const route = form.getByLabel('Route');
      await expectFocused(route);
      expect(await route.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page);
      await route.selectOption('ad_pep');
      await form.getByLabel('Startdatum van het traject').fill('2025-10-01');
      // A VOG older than 6 months before the start: the API's 409 lands on the VOG field.
      const vog = form.getByLabel('Datum VOG');
      await vog.fill('2025-03-01');
      await form.getByRole('button', { name: 'Traject starten' }).click();
      await waitForText(form.locator('#start-vog-error'), 'ouder dan 6 maanden');
      await expectFocused(vog);
      expect(await vog.getAttribute('aria-invalid')).toBe('true');
      await vog.fill('2025-09-01');
      await screenshot(page, 'programme-1-start');
      await form.getByRole('button', { name: 'Traject starten' }).click();

      // The programme's page: status, phase and the timeline.
      const status = page.getByTestId('programme-status');
      await waitForText(status, 'Loopt');
      await waitForText(page.getByTestId('programme-phase'), 'Leerjaar 1');
      const timeline = page.getByTestId('programme-timeline');
      await waitForText(timeline, 'Einde zachte landing');
      await waitForText(timeline, '30 sep 2027');
      await expectAccessibleOnPhoneToo(page);

      // The board's subsidy, recorded here by staff.
      const subsidy = page.getByTestId('subsidy-section');
      await subsidy.getByRole('button', { name: 'Subsidie vastleggen' }).click();
      await subsidy.getByLabel('Aangevraagd op').fill('2025-11-01');
      await subsidy.getByLabel('Bedrag in euro’s', { exact: true }).fill('20000');
      await subsidy.getByLabel('Besluit DUO (niet verplicht)', { exact: true }).selectOption('granted');
      await subsidy.getByLabel('Datum besluit DUO (niet verplicht)').fill('2025-12-15');
      await subsidy.getByLabel('Besteed bedrag in euro’s (niet verplicht)').fill('7500,50');
      await expectAccessible(page);
      await subsidy.getByRole('button', { name: 'Subsidie opslaan' }).click();
      await waitForText(subsidy.getByTestId('subsidy-details'), '€ 20.000,00');

      // The dropout: a reason from the list, the phase derived from the date.
      const outcome = page.getByTestId('outcome-section');
      await outcome.getByRole('button', { name: 'Uitval vastleggen' }).click();
      const dropout = page.getByTestId('dropout-form');
      await dropout.getByLabel('Datum uitval').fill('2026-02-27');
      await dropout.getByLabel('Reden').selectOption('other_job');
      await expectAccessible(page);
      await dropout.getByRole('button', { name: 'Uitval vastleggen' }).click();
      await waitForText(status, 'Uitgevallen');
      await waitForText(page.getByTestId('dropout-reason'), 'Andere baan (Leerjaar 1)');
      await waitForText(page.getByTestId('repayment-risk'), '€ 12.499,50');
      await waitForText(page.getByTestId('repayment-task'), 'meld de uitval bij DUO');
      await screenshot(page, 'programme-2-dropout');
      await expectAccessibleOnPhoneToo(page);

      // The board: the task on its programmes page, marked done there.
      await boardPage.goto('/trajecten');
      const tasks = boardPage.getByTestId('tasks-section');
      await waitForText(tasks, 'Meld bij DUO dat Noor Trajectproef');
      await waitForText(tasks, '€ 12.499,50');
      await expectAccessibleOnPhoneToo(boardPage);
      await tasks.getByRole('link', { name: 'Noor Trajectproef' }).click();
      const task = boardPage.getByTestId('repayment-task');
      await task.getByRole('button', { name: 'Gemeld bij DUO' }).click();
      await waitForText(task, 'Gemeld bij DUO op');
      await expectAccessible(boardPage);
      await boardPage.goto('/trajecten');
      await boardPage.getByRole('heading', { name: 'Uitval per cohort' }).waitFor();
      expect(await boardPage.getByTestId('tasks-section').count()).toBe(0);
      await waitForText(boardPage.getByTestId('uitval-2025-2026'), '100,0%');

      const { rows } = await app().db.query(`SELECT done_by FROM programme_tasks WHERE programme_id IN (SELECT id FROM programmes WHERE candidate_id = $1)`, [
        candidateId,
      ]);
      expect(rows).toEqual([{ done_by: board.user.id }]);
      expect([...desk.pageErrors, ...boardSession.pageErrors]).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
