import { apply, createUser } from '../support/factories';
import { expectAccessible, expectFocused, logIn, openSession, useBrowserTestApp, waitForText, expectAccessibleOnPhoneToo } from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 120_000;

describe('web page: finding a candidate and working on a stale page', () => {
  const { app, browser } = useBrowserTestApp();

  it(
    'finds a candidate by (part of) the reference; view and search stay in the address across a reload',
    async () => {
      const staff = await createUser(app(), 'staff');
      const candidate = await apply(app(), { firstName: 'Sanne', lastName: 'Referentiezoeker' });
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      await page.getByRole('heading', { name: 'Kandidaten', level: 1 }).waitFor();

      // Part of the reference, in lower case: the columns find it.
      await page.getByLabel('Zoek op naam, e-mail of referentie').fill(candidate.reference.slice(3).toLowerCase());
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.waitForURL(/[?&]q=/);
      await waitForText(page.getByTestId(`candidate-${candidate.candidateId}`), 'Sinds vandaag in deze fase');
      await expectAccessibleOnPhoneToo(page);

      // The whole reference in the list, with its total.
      await page.getByRole('button', { name: 'Lijst', exact: true }).click();
      await page.getByLabel('Zoek op naam, e-mail of referentie').fill(candidate.reference);
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await waitForText(page.getByTestId(`candidate-${candidate.candidateId}`), candidate.reference);
      await waitForText(page.getByTestId('candidate-total'), '1 kandidaat');
      await expectAccessibleOnPhoneToo(page);

      // A reload (or a shared link) shows the same list.
      await page.reload();
      await waitForText(page.getByTestId(`candidate-${candidate.candidateId}`), 'Referentiezoeker');
      expect(new URL(page.url()).searchParams.get('view')).toBe('list');
      expect(await page.getByLabel('Zoek op naam, e-mail of referentie').inputValue()).toBe(candidate.reference);
      expect(await page.getByRole('button', { name: 'Lijst', exact: true }).getAttribute('aria-pressed')).toBe('true');
      await expectAccessible(page);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'a command on a stale page is refused with who changed what, and the page offers to reload',
    async () => {
      const staff = await createUser(app(), 'staff');
      const colleague = await createUser(app(), 'staff');
      await app().db.query(`UPDATE users SET name = 'Fatima El Amrani' WHERE id = $1`, [colleague.id]);
      const candidate = await apply(app(), { firstName: 'Joost', lastName: 'Verouderd' });
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      await page.goto(`/kandidaten/${candidate.candidateId}`);
      const stage = page.getByTestId('candidate-stage');
      await waitForText(stage, 'Aangemeld');

      // Meanwhile the colleague starts the screening.
      expect((await colleague.http.post(`/api/candidates/${candidate.candidateId}/screening`, {})).status).toBe(200);

      await page.getByRole('button', { name: 'Afwijzen' }).click();
      await page.getByLabel('Reden van afwijzing').fill('Onvoldoende motivatie');
      await page.getByRole('button', { name: 'Afwijzing bevestigen' }).click();
      const notice = page.getByTestId('stale-notice');
      await waitForText(notice, 'Fatima El Amrani');
      expect(await notice.textContent()).toContain('In screening');
      await expectFocused(notice);
      expect((await stage.textContent())?.trim()).toBe('Aangemeld');
      await expectAccessibleOnPhoneToo(page);
      const [unchanged] = (await app().db.query('SELECT stage FROM candidates WHERE id = $1', [candidate.candidateId])).rows;
      expect(unchanged.stage).toBe('screening');

      await notice.getByRole('button', { name: 'Opnieuw laden' }).click();
      await waitForText(stage, 'In screening');
      expect(await notice.count()).toBe(0);
      await expectAccessible(page);

      // On the fresh page the rejection goes through.
      await page.getByRole('button', { name: 'Afwijzen' }).click();
      await page.getByLabel('Reden van afwijzing').fill('Onvoldoende motivatie');
      await page.getByRole('button', { name: 'Afwijzing bevestigen' }).click();
      await waitForText(stage, 'Afgewezen');
      await expectAccessibleOnPhoneToo(page);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
