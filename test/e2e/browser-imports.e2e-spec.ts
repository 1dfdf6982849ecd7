import { FixedClock } from '@app/shared';
import { createUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool } from '../support/placement-fixtures';
import { handMadeWorkbook, workbookOf } from '../support/import-workbooks';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  logIn,
  openSession,
  PHONE_VIEWPORT,
  screenshot,
  useBrowserTestApp,
  waitForText,
} from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 120_000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('web page: staff import history from a workbook', () => {
  const { app, browser } = useBrowserTestApp({ clock: new FixedClock(noonInAmsterdam('2026-03-15')) });

  it(
    'uploads a workbook, reads the problems of the dry run, uploads the fixed file, commits it with a progress bar and sees it in the history',
    async () => {
      const staff = await createUser(app(), 'staff');
      const north = await boardWithSchool(app());
      const south = await boardWithSchool(app(), 'lelystad');
      const rows = handMadeWorkbook(north, south);
      const wrong = handMadeWorkbook(north, south);
      wrong.placements![0].Schoolbestuur = north.boardName.slice(0, -1);

      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await logIn(page, staff.email, staff.password);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Importeren' }).click();
      await page.getByRole('heading', { name: 'Importeren', level: 1 }).waitFor();
      await waitForText(page.locator('main'), 'Er is nog niets geïmporteerd.');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Controleren' }).click();
      await waitForText(page.locator('main'), 'Kies een .xlsx- of CSV-bestand.');
      await page.setInputFiles('#import-file', { name: 'oud-spreadsheet.xlsx', mimeType: XLSX, buffer: await workbookOf(wrong) });
      await page.getByRole('button', { name: 'Controleren' }).click();
      const result = page.getByTestId('import-result');
      await waitForText(result, 'Fouten gevonden');
      await waitForText(result, `Bedoelt u "${north.boardName}"?`);
      expect(await result.getByRole('button', { name: 'Import verwerken' }).count()).toBe(0);
      await screenshot(page, 'imports-problems-desktop');
      await expectAccessible(page);
      await page.setViewportSize(PHONE_VIEWPORT);
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);

      await page.setInputFiles('#import-file', { name: 'verbeterd.xlsx', mimeType: XLSX, buffer: await workbookOf(rows) });
      await page.getByRole('button', { name: 'Controleren' }).click();
      await waitForText(result, 'Gecontroleerd, klaar om te verwerken');
      await waitForText(result, '5 nieuw, 0 bijgewerkt, 0 ongewijzigd');
      await result.getByRole('button', { name: 'Import verwerken' }).click();
      await waitForText(page.getByRole('status').filter({ hasText: 'De import is verwerkt' }), 'De import is verwerkt');
      await waitForText(page.getByRole('region', { name: 'Eerdere imports' }), 'verbeterd.xlsx');
      await screenshot(page, 'imports-committed-360');
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);

      const people = await app().db.query(`SELECT count(*)::int AS n FROM candidates`);
      expect(people.rows[0].n).toBe(5);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
