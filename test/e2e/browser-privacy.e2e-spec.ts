import { readFile } from 'node:fs/promises';
import { apply, createUser } from '../support/factories';
import { expectAccessible, expectAccessibleOnPhoneToo, expectFocused, logIn, openSession, useBrowserTestApp, waitForText } from '../support/browser';
import { unzip } from '../support/zip-reader';

const BROWSER_TEST_TIMEOUT_MS = 180_000;

/** Issue 13 item 8: the desk records a request, exports, extends and completes it; an erasure shows the candidate as "Gewist". */
describe('web page: Verzoeken (AVG)', () => {
  const { app, browser } = useBrowserTestApp({ worker: false });

  it(
    'records an inspection request found by reference, downloads the export, extends the term and completes it; erases on request',
    async () => {
      const staff = await createUser(app(), 'staff');
      const inspected = await apply(app(), { firstName: 'Inge', lastName: 'Inzagerecht', consentToKeep: 'true' });
      const erased = await apply(app(), { firstName: 'Wim', lastName: 'Wisverzoek' });
      expect((await staff.http.post(`/api/candidates/${erased.candidateId}/withdraw`, { reason: 'Wil gewist worden' })).status).toBe(200);

      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verzoeken' }).click();
      await page.getByRole('heading', { name: 'Verzoeken (AVG)', level: 1 }).waitFor();
      await waitForText(page.locator('main'), 'Er zijn geen open verzoeken.');
      await expectAccessibleOnPhoneToo(page);

      // Without a candidate and a kind the form names both.
      await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
      await waitForText(page.getByTestId('record-request-form'), 'Kies een kandidaat.');
      await waitForText(page.getByTestId('record-request-form'), 'Kies de soort verzoek: inzage of wissen.');
      await expectAccessible(page);

      await page.getByLabel('Kandidaat zoeken').fill(inspected.reference);
      await page.getByLabel('Kandidaat', { exact: true }).locator('option', { hasText: 'Inge Inzagerecht' }).waitFor({ state: 'attached' });
      await page.getByLabel('Inzage').check();
      await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
      await waitForText(page.getByTestId('data-requests-status'), 'Verzoek vastgelegd voor Inge Inzagerecht');
      const table = page.getByRole('region', { name: 'Open verzoeken' });
      await waitForText(table, 'Inge Inzagerecht');
      await expectAccessibleOnPhoneToo(page);

      const downloading = page.waitForEvent('download');
      await table.getByRole('button', { name: 'Exporteren (inzageverzoek): Inge Inzagerecht' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`inzage-${inspected.reference}.zip`);
      const entries = await unzip(await readFile((await download.path())!));
      expect([...entries.keys()]).toContain('gegevens.json');
      expect(JSON.parse(entries.get('gegevens.json')!.toString('utf8')).candidate.lastName).toBe('Inzagerecht');

      await table.getByRole('button', { name: 'Termijn verlengen: Inge Inzagerecht' }).click();
      const extendForm = page.getByTestId('extend-form');
      await expectFocused(extendForm.getByRole('heading', { level: 3 }));
      await extendForm.getByLabel('Reden').fill('Stukken bij drie besturen opvragen');
      await expectAccessible(page);
      await extendForm.getByRole('button', { name: 'Termijn verlengen' }).click();
      await waitForText(page.getByTestId('data-requests-status'), 'Termijn verlengd tot');
      await waitForText(table, 'verlengd met 2 maanden: Stukken bij drie besturen opvragen');
      await expectFocused(page.getByRole('heading', { name: 'Open verzoeken', level: 2 }));

      await table.getByRole('button', { name: 'Afhandelen: Inge Inzagerecht' }).click();
      await page.getByTestId('complete-card').getByRole('button', { name: 'Afhandelen', exact: true }).click();
      await waitForText(page.getByTestId('data-requests-status'), 'Het inzageverzoek is afgehandeld.');
      await waitForText(page.locator('main'), 'Er zijn geen open verzoeken.');

      // An erasure request for the withdrawn candidate, completed: the candidate shows as "Gewist".
      await page.getByLabel('Kandidaat zoeken').fill('Wisverzoek');
      await page.getByLabel('Kandidaat', { exact: true }).locator('option', { hasText: 'Wim Wisverzoek' }).waitFor({ state: 'attached' });
      await page.getByLabel('Wissen').check();
      await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
      await table.getByRole('button', { name: 'Afhandelen: Wim Wisverzoek' }).click();
      const card = page.getByTestId('complete-card');
      await waitForText(card, 'Dit kan niet ongedaan worden gemaakt.');
      await expectAccessible(page);
      await card.getByRole('button', { name: 'Wissen en afhandelen' }).click();
      await waitForText(page.getByTestId('data-requests-status'), 'De gegevens van Wim Wisverzoek zijn gewist');
      await page.getByLabel('Toon').selectOption('completed');
      const completed = page.getByRole('region', { name: 'Afgehandelde verzoeken' });
      await waitForText(completed, 'Gewist');
      await completed.getByRole('link', { name: 'Gewist' }).click();
      await page.getByRole('heading', { name: 'Gewist', level: 1 }).waitFor();
      await page.getByTestId('erased-notice').waitFor();
      expect(await page.locator('main').innerText()).not.toContain('Wisverzoek');
      await expectAccessibleOnPhoneToo(page);

      // On the candidate's page: the consent to keep withdrawn, after a second question.
      await page.goto(`/kandidaten/${inspected.candidateId}`);
      const privacy = page.getByTestId('privacy-section');
      await privacy.getByRole('button', { name: 'Toestemming bewaren intrekken' }).click();
      await expectAccessible(page);
      await privacy.getByRole('button', { name: 'Toestemming intrekken' }).click();
      await waitForText(privacy, 'De toestemming om de gegevens te bewaren is ingetrokken.');
      expect(await privacy.getByRole('button', { name: 'Toestemming bewaren intrekken' }).count()).toBe(0);
      await privacy.getByRole('button', { name: 'Exporteren (inzageverzoek)' }).waitFor();
      await expectAccessibleOnPhoneToo(page);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
