import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { createInstitute } from '../support/factories';
import { expectAccessible, logIn, openSession, useBrowserTestApp, waitForText } from '../support/browser';

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
    await expectAccessible(page);

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
});
