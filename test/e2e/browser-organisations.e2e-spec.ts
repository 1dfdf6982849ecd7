import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { createBoard, createInstitute } from '../support/factories';
import { expectAccessible, expectAccessibleOnPhoneToo, expectFocused, logIn, openSession, useBrowserTestApp, waitForText } from '../support/browser';

describe('web page: admins manage boards, schools and institutes', () => {
  const { app, browser } = useBrowserTestApp({ worker: false });

  it('an admin adds a board with a school, and an institute', async () => {
    const boardName = `Stichting Browsertest ${randomUUID().slice(0, 8)}`;
    const instituteName = `Pabo Browsertest ${randomUUID().slice(0, 8)}`;
    const { page, pageErrors } = await openSession(browser(), app().baseUrl);
    await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('link', { name: 'Besturen' }).click();
    await page.getByRole('heading', { name: 'Schoolbesturen en lerarenopleidingen', level: 1 }).waitFor();
    await expectAccessible(page);

    // An empty form: the schema's message beside the field, which is marked invalid and has the focus.
    await page.getByRole('button', { name: 'Bestuur toevoegen' }).click();
    const boardNameField = page.getByLabel('Naam van het bestuur', { exact: true });
    await expectFocused(boardNameField);
    expect(await boardNameField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await boardNameField.getAttribute('aria-describedby')}`).textContent()).toBe('Vul de naam van het bestuur in.');
    await expectAccessible(page);

    await boardNameField.fill(boardName);
    await page.getByLabel('Regio', { exact: true }).selectOption('lelystad');
    await page.getByLabel('Toegetreden tot het convenant op', { exact: true }).fill('2025-08-01');
    await page.getByRole('button', { name: 'Bestuur toevoegen' }).click();
    const board = page.locator('details', { hasText: boardName });
    await waitForText(board, 'Lelystad');
    await waitForText(page.getByRole('status'), 'Het schoolbestuur is toegevoegd.');
    await board.locator('summary').click();
    await board.getByLabel('Naam van de school', { exact: true }).waitFor();
    await expectAccessible(page);
    await board.getByLabel('Naam van de school', { exact: true }).fill('De Browserschool');
    await board.getByLabel('Plaats', { exact: true }).fill('Lelystad');
    await board.getByRole('button', { name: 'School toevoegen' }).click();
    await waitForText(board.locator('li'), 'De Browserschool, Lelystad');

    await page.getByLabel('Naam van de opleiding', { exact: true }).fill(instituteName);
    await page.getByRole('button', { name: 'Opleiding toevoegen' }).click();
    await waitForText(page.locator('li', { hasText: instituteName }), instituteName);
    await expectAccessible(page);

    const rows = await app().db.query(`SELECT b.region, s.name AS school FROM boards b JOIN schools s ON s.board_id = b.id WHERE b.name = $1`, [boardName]);
    expect(rows.rows).toEqual([{ region: 'lelystad', school: 'De Browserschool' }]);
    const institutes = await app().db.query(`SELECT 1 FROM institutes WHERE name = $1`, [instituteName]);
    expect(institutes.rowCount).toBe(1);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('an admin renames and deactivates a board, after asking, and activates an institute again', async () => {
    const board = await createBoard(app());
    const other = await createBoard(app());
    const institute = await createInstitute(app());
    await app().db.query(`UPDATE institutes SET active = false WHERE id = $1`, [institute.id]);
    const newName = `Stichting Hernoemd ${randomUUID().slice(0, 8)}`;
    const { page, pageErrors } = await openSession(browser(), app().baseUrl);
    await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('link', { name: 'Besturen' }).click();
    const card = page.getByTestId(`board-${board.id}`);
    const summary = card.locator('summary');
    await waitForText(summary, 'Actief');
    await summary.click();
    await card.getByRole('button', { name: 'Naam wijzigen' }).waitFor();
    await expectAccessibleOnPhoneToo(page);

    // A blank name is refused by the form, a name in use by the API: both on the field, in Dutch.
    await card.getByRole('button', { name: 'Naam wijzigen' }).click();
    const nameField = card.getByLabel('Nieuwe naam', { exact: true });
    await expectFocused(nameField);
    expect(await nameField.inputValue()).toBe(board.name);
    const fieldMessage = async () => page.locator(`#${await nameField.getAttribute('aria-describedby')}`).textContent();
    await nameField.fill('   ');
    await card.getByRole('button', { name: 'Naam opslaan' }).click();
    await expectFocused(nameField);
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    expect(await fieldMessage()).toBe('Vul een naam in.');
    await expectAccessible(page);
    await nameField.fill(other.name);
    await card.getByRole('button', { name: 'Naam opslaan' }).click();
    await waitForText(card.locator('.field-error'), 'Er bestaat al een organisatie met deze naam.');
    await expectFocused(nameField);
    expect(await fieldMessage()).toBe('Er bestaat al een organisatie met deze naam.');
    await expectAccessibleOnPhoneToo(page);

    // Renamed: the form closes and the focus is back on the board's summary, which shows the new name.
    await nameField.fill(newName);
    await card.getByRole('button', { name: 'Naam opslaan' }).click();
    await waitForText(card.getByRole('status'), `De naam is gewijzigd in ${newName}.`);
    await waitForText(summary, newName);
    await expectFocused(summary);
    await expectAccessible(page);

    // Deactivating is asked first; the board stays in the list, marked.
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await card.getByRole('button', { name: 'Deactiveren' }).click();
    await waitForText(summary, 'Gedeactiveerd');
    await waitForText(card.getByRole('status'), `${newName} is gedeactiveerd.`);
    expect(dialogs).toEqual([expect.stringContaining(`${newName} deactiveren?`)]);
    await card.getByRole('button', { name: 'Weer activeren' }).waitFor();
    await expectAccessibleOnPhoneToo(page);
    const boards = await app().db.query(`SELECT name, active FROM boards WHERE id = $1`, [board.id]);
    expect(boards.rows).toEqual([{ name: newName, active: false }]);

    // A deactivated institute is shown as such; activating it again needs no confirmation.
    const instituteItem = page.getByTestId(`institute-${institute.id}`);
    await waitForText(instituteItem.getByRole('heading'), 'Gedeactiveerd');
    await instituteItem.getByRole('button', { name: 'Weer activeren' }).click();
    await waitForText(instituteItem.getByRole('heading'), 'Actief');
    await waitForText(instituteItem.getByRole('status'), `${institute.name} is weer actief.`);
    await expectAccessible(page);
    const institutes = await app().db.query(`SELECT active FROM institutes WHERE id = $1`, [institute.id]);
    expect(institutes.rows).toEqual([{ active: true }]);

    // A deactivated board gets no new users: the user form does not offer it.
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByLabel('Rol', { exact: true }).selectOption('board');
    await page.getByLabel('Schoolbestuur', { exact: true }).locator(`option[value="${other.id}"]`).waitFor({ state: 'attached' });
    expect(await page.getByLabel('Schoolbestuur', { exact: true }).locator(`option[value="${board.id}"]`).count()).toBe(0);
    expect(dialogs).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
