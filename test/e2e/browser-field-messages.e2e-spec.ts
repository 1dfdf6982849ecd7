import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { formatWallClock } from '@app/shared';
import { apply, createBoard, createUser, uniqueEmail } from '../support/factories';
import { expectAccessible, expectAccessibleOnPhoneToo, expectFocused, logIn, openSession, useBrowserTestApp, waitForText } from '../support/browser';

const FIXTURES = join(__dirname, '..', 'fixtures');
const BROWSER_TEST_TIMEOUT_MS = 120_000;
const HOUR_MS = 60 * 60 * 1000;

/** The message a field is described by: its error, after its hint when it has one. */
async function messageOf(page: Page, field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  expect(ids).toHaveLength(1);
  return (await page.locator(`#${ids[0]}`).textContent()) ?? '';
}

async function expectInvalid(page: Page, field: Locator, message: string): Promise<void> {
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await messageOf(page, field)).toBe(message);
}

/** Issue 11, item 2: the messages on a page name fields by their Dutch labels, the server's as much as the page's own. */
describe('web page: field messages by their Dutch labels', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'a Dutch field message on the public form, from the page and from the server',
    async () => {
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await page.goto('/aanmelden');
      await page.getByRole('heading', { name: 'Aanmelden als zij-instromer', level: 1 }).waitFor();
      await expectAccessible(page);

      // The page's own check: each message names its field, the first invalid field has the focus.
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      const firstName = page.getByLabel('Voornaam', { exact: true });
      await expectFocused(firstName);
      await expectInvalid(page, firstName, 'Vul je voornaam in.');
      await expectInvalid(page, page.getByLabel('Telefoonnummer', { exact: true }), 'Vul je telefoonnummer in.');
      await expectInvalid(page, page.getByLabel('Studierichting', { exact: true }), 'Vul je studierichting in.');
      await expectAccessibleOnPhoneToo(page);

      // Filled in, with a telephone number the page lets through and the server refuses.
      await firstName.fill('Noor');
      await page.getByLabel('Achternaam', { exact: true }).fill('Labeltest');
      await page.getByLabel('E-mailadres', { exact: true }).fill(uniqueEmail('labels'));
      const phone = page.getByLabel('Telefoonnummer', { exact: true });
      await phone.fill('bel me maar');
      await page.getByLabel('Hoogst afgeronde opleiding', { exact: true }).selectOption('hbo_bachelor');
      await page.getByLabel('Studierichting', { exact: true }).fill('Bedrijfskunde');
      await page.getByLabel('Regio', { exact: true }).selectOption('almere');
      await page.getByLabel('Motivatiebrief', { exact: true }).setInputFiles(join(FIXTURES, 'motivatiebrief.pdf'));
      await page.getByLabel('CV', { exact: true }).setInputFiles(join(FIXTURES, 'cv.docx'));
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();

      // The server's message on the field, by the label the page shows; the focus on it; the summary by label too.
      await expectFocused(phone);
      await expectInvalid(page, phone, 'Telefoonnummer moet een telefoonnummer zijn (8 tot 20 cijfers).');
      expect(await firstName.getAttribute('aria-invalid')).toBeNull();
      await waitForText(page.locator('form'), 'Controleer: Telefoonnummer.');
      await expectAccessibleOnPhoneToo(page);

      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'a refusal only the server knows reaches a staff form: "Datum en tijd" in the past',
    async () => {
      const { candidateId } = await apply(app(), { firstName: 'Lotte', lastName: 'Verledentest' });
      const board = await createBoard(app(), 'almere');
      const staff = await createUser(app(), 'staff');
      const boardUser = await createUser(app(), 'board', { boardId: board.id });
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      await page.goto(`/kandidaten/${candidateId}`);
      const stage = page.getByTestId('candidate-stage');
      await page.getByRole('button', { name: 'Start screening' }).click();
      await waitForText(stage, 'In screening');

      const selection = page.getByTestId('selection-section');
      await selection.getByRole('button', { name: 'Selectiegesprek plannen' }).click();
      const startsAt = selection.getByLabel('Datum en tijd');
      // Two hours ago: the page takes any date and time, the server plans no interview in the past.
      await startsAt.fill(formatWallClock(new Date(Date.now() - 2 * HOUR_MS)));
      await selection.getByLabel('Locatie').fill('Flevowijs, Stadhuisplein 1, Almere');
      await selection.getByLabel(board.name).check();
      await selection.getByLabel(`Vertegenwoordiger van ${board.name}`).selectOption(boardUser.id);
      await selection.getByRole('button', { name: 'Gesprek plannen' }).click();

      await expectFocused(startsAt);
      await expectInvalid(page, startsAt, 'Datum en tijd ligt in het verleden; plan het gesprek op een moment in de toekomst.');
      await expectAccessibleOnPhoneToo(page);

      // A nested field of the API (`boards.0.representativeUserId`) shows on the panel's fieldset, by its label:
      // the representative was deactivated after the form loaded.
      await app().db.query('UPDATE users SET active = false WHERE id = $1', [boardUser.id]);
      await startsAt.fill(formatWallClock(new Date(Date.now() + 24 * HOUR_MS)));
      await selection.getByRole('button', { name: 'Gesprek plannen' }).click();
      const boards = selection.getByRole('group', { name: 'Schoolbesturen in het panel' });
      await waitForText(boards, `Vertegenwoordiger in het panel: dit is geen actieve gebruiker van schoolbestuur ${board.name}.`);
      expect(await messageOf(page, boards)).toBe(`Vertegenwoordiger in het panel: dit is geen actieve gebruiker van schoolbestuur ${board.name}.`);
      expect(await startsAt.getAttribute('aria-invalid')).toBeNull();
      await expectAccessible(page);

      const { rows } = await app().db.query('SELECT count(*)::int AS count FROM selection_interviews WHERE candidate_id = $1', [candidateId]);
      expect(rows[0].count).toBe(0);

      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
