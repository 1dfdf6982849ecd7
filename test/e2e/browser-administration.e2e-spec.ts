import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { createBoard, createInstitute, createUser } from '../support/factories';
import { expectAccessible, expectAccessibleOnPhoneToo, expectFocused, logIn, openSession, useBrowserTestApp, waitForText } from '../support/browser';

describe('web page: admins manage users', () => {
  const { app, browser } = useBrowserTestApp({ worker: false });

  it('explains why the last active admin cannot be deactivated, after asking; creates an institute user', async () => {
    const institute = await createInstitute(app());
    // The signed-in admin is the only active one.
    await app().db.query(`UPDATE users SET active = (email = $1) WHERE role = 'admin'`, [ADMIN_EMAIL]);
    const { page, pageErrors } = await openSession(browser(), app().baseUrl);
    await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
    await page.getByRole('row', { name: new RegExp(ADMIN_EMAIL) }).waitFor();
    await expectAccessibleOnPhoneToo(page);

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    const me = page.getByRole('row', { name: new RegExp(ADMIN_EMAIL) });
    await me.getByRole('button', { name: 'Deactiveren' }).click();
    await waitForText(page.getByRole('alert'), 'laatste actieve beheerder');
    expect(dialogs).toEqual([expect.stringContaining('deactiveren?')]);
    await expectAccessible(page);
    const { rows } = await app().db.query(`SELECT active FROM users WHERE email = $1`, [ADMIN_EMAIL]);
    expect(rows[0].active).toBe(true);

    const email = `opleiding-${randomUUID().slice(0, 8)}@example.nl`;
    await page.getByLabel('Naam', { exact: true }).fill('Ilse Opleiding');
    await page.getByLabel('E-mailadres', { exact: true }).fill(email);
    await page.getByLabel('Rol', { exact: true }).selectOption('institute');
    await page.getByLabel('Lerarenopleiding', { exact: true }).selectOption(institute.id);
    await expectAccessible(page);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(`wachtwoord-${randomUUID()}`);
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await waitForText(page.getByRole('status'), 'Gebruiker Ilse Opleiding is aangemaakt.');
    await waitForText(page.getByRole('row', { name: new RegExp(email) }), institute.name);
    await expectAccessible(page);
    const created = await app().db.query(`SELECT role, institute_id FROM users WHERE email = $1`, [email]);
    expect(created.rows).toEqual([{ role: 'institute', institute_id: institute.id }]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("edits a user's name, role and organisation; the last active admin keeps the role, explained", async () => {
    const board = await createBoard(app());
    const user = await createUser(app(), 'staff');
    await app().db.query(`UPDATE users SET active = (email = $1) WHERE role = 'admin'`, [ADMIN_EMAIL]);
    const { page, pageErrors } = await openSession(browser(), app().baseUrl);
    await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    const row = page.getByRole('row', { name: new RegExp(user.email) });
    await row.getByRole('button', { name: 'Bewerken' }).click();
    const form = page.getByTestId('user-edit-form');
    const name = form.getByLabel('Naam', { exact: true });
    await expectFocused(name);
    await expectAccessibleOnPhoneToo(page);

    // The API's refusal of a too short name lands on the field, which gets the focus.
    await name.fill('X');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectFocused(name);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await name.getAttribute('aria-describedby')}`).textContent()).toBe('Naam is te kort.');
    await expectAccessible(page);

    // A board user needs a board: the picker appears with the role, and asks for a choice.
    await name.fill('Bram Bestuur');
    await form.getByLabel('Rol', { exact: true }).selectOption('board');
    const boardPicker = form.getByLabel('Schoolbestuur', { exact: true });
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectFocused(boardPicker);
    await waitForText(form, 'Kies een schoolbestuur.');
    await expectAccessible(page);
    await boardPicker.selectOption(board.id);
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

    // The form closes; the result is announced, the row shows it and the focus is back at its "Bewerken".
    await waitForText(page.getByRole('status'), 'Gebruiker Bram Bestuur is bijgewerkt.');
    await form.waitFor({ state: 'detached' });
    const edited = page.getByTestId(`user-${user.id}`);
    await waitForText(edited, board.name);
    await waitForText(edited, 'Schoolbestuur');
    await waitForText(edited, 'Bram Bestuur');
    await expectFocused(edited.getByRole('button', { name: 'Bewerken' }));
    await expectAccessible(page);
    const saved = await app().db.query(`SELECT name, role, board_id, institute_id FROM users WHERE id = $1`, [user.id]);
    expect(saved.rows).toEqual([{ name: 'Bram Bestuur', role: 'board', board_id: board.id, institute_id: null }]);

    // The only active admin cannot take another role: the 409 is explained in Dutch, on the role field.
    const me = page.getByRole('row', { name: new RegExp(ADMIN_EMAIL) });
    await me.getByRole('button', { name: 'Bewerken' }).click();
    await form.getByLabel('Rol', { exact: true }).selectOption('staff');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await waitForText(form.getByRole('alert'), 'Dit is de laatste actieve beheerder en kan daarom niet een andere rol krijgen.');
    const role = form.getByLabel('Rol', { exact: true });
    await expectFocused(role);
    expect(await page.locator(`#${await role.getAttribute('aria-describedby')}`).textContent()).toBe(
      'De laatste actieve beheerder kan niet een andere rol krijgen.',
    );
    await expectAccessibleOnPhoneToo(page);
    const admin = await app().db.query(`SELECT role FROM users WHERE email = $1`, [ADMIN_EMAIL]);
    expect(admin.rows).toEqual([{ role: 'admin' }]);

    await form.getByRole('button', { name: 'Terug' }).click();
    await expectFocused(me.getByRole('button', { name: 'Bewerken' }));

    // Their own name: the header follows at once, without logging in again.
    await me.getByRole('button', { name: 'Bewerken' }).click();
    await form.getByLabel('Naam', { exact: true }).fill('Beheerder Hernoemd');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await waitForText(page.locator('.user-box strong'), 'Beheerder Hernoemd');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
