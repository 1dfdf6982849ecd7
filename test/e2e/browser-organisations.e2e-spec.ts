import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { expectAccessible, expectFocused, logIn, openSession, useBrowserTestApp, waitForText } from '../support/browser';

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
});
