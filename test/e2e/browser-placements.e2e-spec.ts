import { createUser } from '../support/factories';
import { amsterdamDate } from '../support/assessment-fixtures';
import { expectAccessibleOnPhoneToo, logIn, openSession, useBrowserTestApp, waitForText } from '../support/browser';
import { boardWithSchool, candidatesAtInterviewPassed } from '../support/placement-fixtures';

/** The school year of today in Amsterdam, as the page picks it first. */
function currentSchoolYear(): string {
  const [year, month] = amsterdamDate(new Date()).split('-').map(Number);
  const first = month >= 8 ? year : year - 1;
  return `${first}-${first + 1}`;
}

describe('web page: matching and placing a candidate', () => {
  const { app, browser } = useBrowserTestApp({ worker: false });

  it('staff propose a candidate to a board; the board user places the candidate and sees 1 of 3 places in use', async () => {
    const staff = await createUser(app(), 'staff');
    const board = await boardWithSchool(app(), 'lelystad');
    const schoolYear = currentSchoolYear();
    expect((await staff.http.put(`/api/boards/${board.boardId}/capacity/${schoolYear}`, { places: 3 })).status).toBe(200);
    const [candidateId] = await candidatesAtInterviewPassed(app(), 1);
    const name = 'Kandidaat Nummer 1';

    const desk = await openSession(browser(), app().baseUrl);
    await logIn(desk.page, staff.email, staff.password);
    await desk.page.getByRole('link', { name: 'Matching' }).click();
    await desk.page.getByRole('heading', { name: 'Matching', level: 1 }).waitFor();
    await desk.page.getByTestId(`pool-${candidateId}`).waitFor();
    await expectAccessibleOnPhoneToo(desk.page);
    await desk.page.getByRole('button', { name: `Voorstellen aan schoolbestuur: ${name}` }).click();
    const proposal = desk.page.getByTestId('proposal-form');
    await proposal.getByLabel('Schoolbestuur', { exact: true }).selectOption(board.boardId);
    await proposal.getByLabel('Toelichting voor het schoolbestuur (niet verplicht)').fill('Woont in Lelystad en heeft ervaring als trainer.');
    await expectAccessibleOnPhoneToo(desk.page);
    await proposal.getByRole('button', { name: 'Voorstellen' }).click();
    await waitForText(desk.page.getByTestId(`pool-${candidateId}`), `${board.boardName}: voorgesteld`);
    await expectAccessibleOnPhoneToo(desk.page);

    const boardSession = await openSession(browser(), app().baseUrl);
    await logIn(boardSession.page, board.user.email, board.user.password);
    await boardSession.page.getByRole('link', { name: 'Voorstellen' }).click();
    await boardSession.page.getByRole('heading', { name: 'Voorstellen', level: 1 }).waitFor();
    await waitForText(boardSession.page.getByTestId(`proposal-${candidateId}`), 'Woont in Lelystad');
    await expectAccessibleOnPhoneToo(boardSession.page);
    await boardSession.page.getByRole('button', { name: `Plaatsen: ${name}` }).click();
    const form = boardSession.page.getByTestId('placement-form');
    await form.getByLabel('School', { exact: true }).selectOption(board.schoolId);
    await form.getByLabel('FTE', { exact: true }).fill('0,8');
    expect(await form.getByLabel(/Boven-formatief/).isChecked()).toBe(true);
    await expectAccessibleOnPhoneToo(boardSession.page);
    await form.getByRole('button', { name: 'Plaatsen' }).click();
    await waitForText(boardSession.page.getByTestId(`proposal-${candidateId}`), 'Geplaatst');

    await boardSession.page.getByRole('link', { name: 'Plaatsingen' }).click();
    await boardSession.page.getByRole('heading', { name: 'Plaatsingen en capaciteit', level: 1 }).waitFor();
    await waitForText(boardSession.page.getByTestId('capacity-used'), '1 van 3 plaatsen in gebruik');
    await waitForText(boardSession.page.getByTestId(`placement-${candidateId}`), board.schoolName);
    await expectAccessibleOnPhoneToo(boardSession.page);

    const { rows } = await app().db.query(`SELECT fte::float8 AS fte, supernumerary, school_year AS "schoolYear" FROM placements WHERE candidate_id = $1`, [
      candidateId,
    ]);
    expect(rows).toEqual([{ fte: 0.8, supernumerary: true, schoolYear }]);
    expect(desk.pageErrors).toEqual([]);
    expect(boardSession.pageErrors).toEqual([]);
  }, 180_000);
});
