import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { apply, createUser } from '../support/factories';
import { expectAccessible, logIn, openSession, useBrowserTestApp, waitForText, expectAccessibleOnPhoneToo } from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 120_000;

describe('web page: the audit log for people', () => {
  const { app, browser } = useBrowserTestApp({ worker: false });

  it(
    'shows Dutch names, filters by candidate reference in the address, and links to the candidate',
    async () => {
      const staff = await createUser(app(), 'staff');
      const candidate = await apply(app(), { firstName: 'Ilse', lastName: 'Auditspoor' });
      await apply(app(), { firstName: 'Karel', lastName: 'Anderspoor' });
      expect((await staff.http.post(`/api/candidates/${candidate.candidateId}/screening`, {})).status).toBe(200);
      const documents: { id: string; kind: string }[] = (await staff.http.get(`/api/candidates/${candidate.candidateId}`)).body.documents;
      const cv = documents.find((document) => document.kind === 'cv');
      expect((await staff.http.get(`/api/candidates/${candidate.candidateId}/documents/${cv?.id}`)).status).toBe(200);

      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.getByRole('link', { name: 'Audit', exact: true }).click();
      await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor();
      const table = page.getByRole('region', { name: 'Auditregels' });
      await waitForText(table, 'Cv gedownload');
      await waitForText(table, 'Screening gestart');
      await waitForText(table, 'Kandidaat: Ilse Auditspoor');
      await expectAccessibleOnPhoneToo(page);

      await page.getByLabel('Kandidaat (naam of referentie)').fill(candidate.reference);
      await page.getByRole('button', { name: 'Filteren', exact: true }).click();
      await page.waitForURL(/[?&]q=ZI-/);
      await waitForText(table, 'Aangemeld');
      // Only this candidate's rows: the download, the screening and the application, newest first.
      const rows = table.locator('tbody tr');
      await page.waitForFunction("document.querySelectorAll('tbody tr').length === 3");
      expect(await rows.allInnerTexts()).toEqual([
        expect.stringContaining('Cv gedownload'),
        expect.stringContaining('Screening gestart'),
        expect.stringContaining('Aangemeld'),
      ]);
      expect(await table.innerText()).not.toContain('Anderspoor');
      expect(await table.innerText()).toContain('Fase');
      await expectAccessibleOnPhoneToo(page);

      // A reload keeps the filter.
      await page.reload();
      await waitForText(table, 'Cv gedownload');
      expect(await page.getByLabel('Kandidaat (naam of referentie)').inputValue()).toBe(candidate.reference);

      await rows.first().getByRole('link', { name: 'Ilse Auditspoor' }).click();
      await page.waitForURL(new RegExp(`/kandidaten/${candidate.candidateId}$`));
      await page.getByRole('heading', { name: /Ilse Auditspoor/, level: 1 }).waitFor();
      await expectAccessible(page);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
