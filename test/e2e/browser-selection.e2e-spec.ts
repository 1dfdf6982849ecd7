import type { Page } from 'playwright-core';
import { FixedClock, formatDutchTime, formatWallClock } from '@app/shared';
import { apply, createBoard, createInstitute, createUser } from '../support/factories';
import {
  type BrowserSession,
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

const BROWSER_TEST_TIMEOUT_MS = 180_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** A calendar date in Amsterdam, `days` from now, as `YYYY-MM-DD`. */
function amsterdamDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * DAY_MS),
  );
}

async function openCandidate(session: BrowserSession, candidateId: string): Promise<Page> {
  await session.page.goto(`/kandidaten/${candidateId}`);
  await session.page.getByTestId('candidate-stage').waitFor();
  return session.page;
}

describe('web page: the selection road from application to a suitability declaration', () => {
  // The API's clock: advice and outcome are recorded only once the interview has started, so the test moves it there.
  const clock = new FixedClock(new Date());
  // It jumps hours: the sessions must outlast that (the idle timeout has its own test, login-security).
  const { app, browser } = useBrowserTestApp({ clock, config: { sessionIdleMinutes: 24 * 60 } });

  it(
    'staff, a board and an institute take a candidate to assessment_passed',
    async () => {
      const { candidateId } = await apply(app(), { firstName: 'Lotte', lastName: 'Panelproef' });
      const board = await createBoard(app(), 'almere');
      const institute = await createInstitute(app());
      const staff = await createUser(app(), 'staff');
      const boardUser = await createUser(app(), 'board', { boardId: board.id });
      const instituteUser = await createUser(app(), 'institute', { instituteId: institute.id });

      // Staff: screening, then a joint interview with the board on the panel.
      const desk = await openSession(browser(), app().baseUrl);
      await logIn(desk.page, staff.email, staff.password);
      let page = await openCandidate(desk, candidateId);
      const stage = page.getByTestId('candidate-stage');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Start screening' }).click();
      await waitForText(stage, 'In screening');

      // A few hours ahead, whole minutes; moved half an hour later below.
      const plannedStart = new Date(Math.floor((clock.now().getTime() + 180 * MINUTE_MS) / MINUTE_MS) * MINUTE_MS);
      const movedStart = new Date(plannedStart.getTime() + 30 * MINUTE_MS);
      const selection = page.getByTestId('selection-section');
      await selection.getByRole('button', { name: 'Selectiegesprek plannen' }).click();
      // Sent empty: the first field with a message takes the focus, marked invalid and described by its hint and message.
      await selection.getByRole('button', { name: 'Gesprek plannen' }).click();
      const startsAt = selection.getByLabel('Datum en tijd');
      await expectFocused(startsAt);
      expect(await startsAt.getAttribute('aria-invalid')).toBe('true');
      expect(await startsAt.getAttribute('aria-describedby')).toBe('interview-startsAt-hint interview-startsAt-error');
      expect(await selection.getByLabel('Locatie').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page);
      await startsAt.fill(formatWallClock(plannedStart));
      await selection.getByLabel('Duur in minuten').fill('45');
      await selection.getByLabel('Locatie').fill('Flevowijs, Stadhuisplein 1, Almere');
      await selection.getByLabel(board.name).check();
      await selection.getByLabel(`Vertegenwoordiger van ${board.name}`).selectOption(boardUser.id);
      await screenshot(page, '1-plan-form');
      await selection.getByRole('button', { name: 'Gesprek plannen' }).click();
      await waitForText(stage, 'Gesprek gepland');
      await waitForText(selection.getByTestId('interview-status'), 'Gepland');
      // The form closed: the focus is back at the card, where the planned interview now shows.
      await expectFocused(selection.getByRole('heading', { name: 'Selectiegesprek', level: 2 }));
      await expectAccessible(page);

      // Moved half an hour: the panel stays, the time changes.
      await selection.getByRole('button', { name: 'Verzetten' }).click();
      await selection.getByLabel('Datum en tijd').fill(formatWallClock(movedStart));
      await selection.getByRole('button', { name: 'Nieuwe tijd opslaan' }).click();
      await waitForText(selection.getByRole('heading', { level: 3 }), formatDutchTime(movedStart));

      // The interview has begun: now the board can advise.
      clock.set(new Date(movedStart.getTime() + MINUTE_MS));

      // The board's representative gives the board's advice in their own session.
      const boardSession = await openSession(browser(), app().baseUrl);
      await logIn(boardSession.page, boardUser.email, boardUser.password);
      const boardPage = await openCandidate(boardSession, candidateId);
      const boardSelection = boardPage.getByTestId('selection-section');
      await expectAccessible(boardPage);
      await boardSelection.getByRole('button', { name: `Advies vastleggen voor ${board.name}` }).click();
      const adviceForm = boardSelection.getByTestId('advice-form');
      await adviceForm.getByRole('button', { name: 'Advies opslaan' }).click();
      const positive = adviceForm.getByLabel('Positief');
      await expectFocused(positive);
      expect(await positive.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(boardPage);
      await adviceForm.getByLabel('Positief').check();
      await adviceForm.getByLabel('wil de kandidaat in dienst nemen').check();
      await adviceForm.getByLabel('Motivatie').fill('Sterk gesprek, past goed bij onze scholen.');
      await screenshot(boardPage, '2-advice-form');
      await adviceForm.getByRole('button', { name: 'Advies opslaan' }).click();
      await waitForText(boardSelection.getByTestId(`panel-board-${board.id}`), 'Positief');

      // Staff record the positive outcome and request the assessment for the board.
      page = await openCandidate(desk, candidateId);
      await waitForText(selection.getByTestId(`panel-board-${board.id}`), 'Positief');
      await selection.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
      const outcomeForm = selection.getByTestId('outcome-form');
      await outcomeForm.getByLabel('Positief').check();
      await outcomeForm.getByLabel('Motivatie').fill('Panel en bestuur positief.');
      await expectAccessible(page);
      await outcomeForm.getByRole('button', { name: 'Uitkomst opslaan' }).click();
      await waitForText(stage, 'Gesprek positief');

      const assessment = page.getByTestId('assessment-section');
      await assessment.getByRole('button', { name: 'Geschiktheidsonderzoek aanvragen' }).click();
      await assessment.getByLabel('Schoolbestuur dat de kandidaat in dienst wil nemen').selectOption(board.id);
      await assessment.getByLabel('Lerarenopleiding').selectOption(institute.id);
      await assessment.getByLabel('Aangevraagd op').fill(amsterdamDate(0));
      await assessment.getByLabel('Geplande praktijkdag').fill(amsterdamDate(21));
      await screenshot(page, '3-assessment-request');
      await expectAccessible(page);
      await assessment.getByRole('button', { name: 'Onderzoek aanvragen' }).click();
      await waitForText(stage, 'In geschiktheidsonderzoek');

      // The institute starts from its own list of assessments and declares the candidate suitable.
      const instituteSession = await openSession(browser(), app().baseUrl);
      const institutePage = instituteSession.page;
      await logIn(institutePage, instituteUser.email, instituteUser.password);
      await institutePage.getByRole('heading', { name: 'Geschiktheidsonderzoeken' }).waitFor();
      await screenshot(institutePage, '4-institute-list');
      await expectAccessible(institutePage);
      await institutePage.getByRole('link', { name: 'Lotte Panelproef' }).click();
      const instituteAssessment = institutePage.getByTestId('assessment-section');
      await instituteAssessment.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
      await instituteAssessment.getByLabel('Geschikt', { exact: true }).check();
      await instituteAssessment.getByLabel('Datum van het besluit').fill(amsterdamDate(0));
      await instituteAssessment.getByLabel('Datum geschiktheidsverklaring').fill(amsterdamDate(0));
      await instituteAssessment.getByLabel('Vereiste scholing').fill('Pabo-kennisbases rekenen en taal');
      await screenshot(institutePage, '5-assessment-outcome');
      await expectAccessible(institutePage);
      await instituteAssessment.getByRole('button', { name: 'Uitkomst opslaan' }).click();
      const instituteStage = institutePage.getByTestId('candidate-stage');
      await waitForText(instituteStage, 'Geschikt verklaard');
      expect((await instituteStage.textContent())?.trim()).toBe('Geschikt verklaard');

      const [row] = (await app().db.query('SELECT stage FROM candidates WHERE id = $1', [candidateId])).rows;
      expect(row.stage).toBe('assessment_passed');

      // Staff see with whom the candidate's data was shared, and why.
      page = await openCandidate(desk, candidateId);
      await waitForText(stage, 'Geschikt verklaard');
      const shared = page.getByTestId('disclosures-section');
      await waitForText(shared, 'Selectiepanel');
      await waitForText(shared, 'Geschiktheidsonderzoek');
      await screenshot(page, '6-staff-final');
      await expectAccessible(page);
      // On a phone the candidate page, with its tables, stays as wide as the window.
      await page.setViewportSize(PHONE_VIEWPORT);
      await screenshot(page, '7-staff-final-360');
      await expectAccessible(page);
      await expectNoHorizontalOverflow(page);

      expect([...desk.pageErrors, ...boardSession.pageErrors, ...instituteSession.pageErrors]).toEqual([]);
      await Promise.all([desk.context.close(), boardSession.context.close(), instituteSession.context.close()]);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
