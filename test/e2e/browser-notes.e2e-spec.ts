import { apply, createUser } from '../support/factories';
import { expectAccessible, expectAccessibleOnPhoneToo, logIn, openSession, screenshot, useBrowserTestApp, waitForText } from '../support/browser';
import { waitForQuiet } from '../support/quiet';

const BROWSER_TEST_TIMEOUT_MS = 120_000;

/** Issue 16 in the web page: notes with a mention, the mail timeline, and the bulk-action bar of the list. */
describe('web page: notes, mentions, the mail timeline and bulk actions', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'a staff member writes a note that mentions a colleague, and the colleague sees it in Meldingen',
    async () => {
      const writer = await createUser(app(), 'staff');
      const colleague = await createUser(app(), 'staff');
      const candidate = await apply(app());
      await waitForQuiet(app());
      const handle = colleague.email.split('@')[0];

      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, writer.email, writer.password);
      await page.goto(`${app().baseUrl}/kandidaten/${candidate.candidateId}`);
      const notes = page.getByTestId('notes-section');
      await waitForText(notes, 'Leg geen gezondheidsgegevens vast.');
      await notes.getByRole('button', { name: 'Notitie of contactmoment toevoegen' }).click();
      const form = page.getByTestId('note-form');
      await form.getByLabel('Soort').selectOption('phone_call');
      await form.getByLabel('Tekst').fill(`Kandidaat gebeld over de informatieavond. @${handle} belt terug.`);
      await expectAccessible(page);
      await form.getByRole('button', { name: 'Opslaan' }).click();
      const note = notes.getByTestId('note');
      await waitForText(note, 'Telefoongesprek');
      await waitForText(note, `@${handle} belt terug.`);
      await note.getByRole('button', { name: 'Wijzigen' }).waitFor();
      // The mail timeline shows the application's confirmation to the candidate, sent.
      const messages = page.getByTestId('messages-section');
      await waitForText(messages, candidate.email);
      await waitForText(messages, 'Verstuurd');
      await screenshot(page, 'candidate-notes');
      await expectAccessibleOnPhoneToo(page);
      await context.close();

      await waitForQuiet(app());
      const second = await openSession(browser(), app().baseUrl);
      await logIn(second.page, colleague.email, colleague.password);
      await second.page
        .getByRole('banner')
        .getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ })
        .click();
      await second.page.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
      await waitForText(second.page.locator('main'), `noemde je in een notitie over kandidaat ${candidate.reference}`);
      await expectAccessible(second.page);
      expect([...pageErrors, ...second.pageErrors]).toEqual([]);
      await second.context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'the desk ticks two candidates, rejects them with a reason, sees the result and undoes it',
    async () => {
      const staff = await createUser(app(), 'staff');
      const token = `Lijst${Date.now().toString(36)}`;
      const first = await apply(app(), { lastName: `${token}-een` });
      const second = await apply(app(), { lastName: `${token}-twee` });
      await waitForQuiet(app());

      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      await page.goto(`${app().baseUrl}/kandidaten?view=list&q=${token}`);
      await page.getByTestId(`select-${first.candidateId}`).check();
      await page.getByTestId(`select-${second.candidateId}`).check();
      const bar = page.getByTestId('bulk-bar');
      await waitForText(bar.getByTestId('bulk-count'), '2 kandidaten gekozen');
      await bar.getByRole('button', { name: 'Afwijzen…' }).click();
      await bar.getByLabel('Reden van afwijzing').fill('Geen passende vacature');
      await expectAccessible(page);
      await bar.getByRole('button', { name: '2 kandidaten afwijzen' }).click();
      const result = bar.getByTestId('bulk-result');
      await waitForText(result, '2 kandidaten afgewezen.');
      await waitForText(result, 'De afwijzingsmails gaan op');
      await expectAccessibleOnPhoneToo(page);
      await result.getByRole('button', { name: 'Afwijzen ongedaan maken' }).click();
      await waitForText(result, '2 kandidaten weer geopend.');
      const { rows } = await app().db.query(`SELECT stage FROM candidates WHERE id = ANY($1::uuid[])`, [[first.candidateId, second.candidateId]]);
      expect(rows.map((row) => row.stage)).toEqual(['applied', 'applied']);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
