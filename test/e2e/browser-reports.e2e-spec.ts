import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { FixedClock } from '@app/shared';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { eventually } from '../support/expectations';
import { BOARD_NAMES, insertReferenceData, type ReferenceData } from '../support/report-fixtures';
import {
  expectAccessible,
  expectAccessibleOnPhoneToo,
  logIn,
  openSession,
  PHONE_VIEWPORT,
  screenshot,
  useBrowserTestApp,
  waitForText,
} from '../support/browser';

const BROWSER_TEST_TIMEOUT_MS = 180_000;
const ASSETS = join(__dirname, '..', '..', 'dist', 'web', 'assets');

/**
 * The monitoring dashboard (issue 14 item 7) on the reports' reference data set (report-fixtures.ts),
 * as of 15 March 2027: staff see every board and filter in the address; the XLSX the page links to
 * holds the figures the JSON has; a board user sees only their own board, with no board to choose;
 * the charts' library is loaded by the dashboard alone.
 */
describe('web page: the monitoring dashboard', () => {
  const clock = new FixedClock(noonInAmsterdam('2027-03-15'));
  const { app, browser } = useBrowserTestApp({ clock, worker: false });
  let staff: TestUser;
  let boardUser: TestUser;
  let data: ReferenceData;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    data = await insertReferenceData(app(), staff.id);
    // The split by source (issue 16): W4 (applied 1 November 2026, to interview passed) came through the Onderwijsloket.
    await app().db.query(`UPDATE candidates SET source = 'onderwijsloket' WHERE id = $1`, [data.candidates.get('W4')]);
    boardUser = await createUser(app(), 'board', { boardId: data.boards.A });
  });

  /** The texts of one column of a figure's table, by the table's name (its scroll region) and the column's place. */
  const column = (page: Page, table: string, index: number) => page.getByRole('region', { name: table }).locator(`tbody tr td:nth-child(${index})`);

  /** Waits until a column shows these texts: the page loads the figures again after a filter changes. */
  async function waitForColumn(page: Page, table: string, index: number, expected: string[]): Promise<void> {
    let seen: string[] = [];
    await eventually(
      async () => {
        seen = await column(page, table, index).allInnerTexts();
        return JSON.stringify(seen) === JSON.stringify(expected);
      },
      `column ${index} of ${table} to be ${expected.join(', ')} (seen: ${seen.join(', ')})`,
    );
  }

  async function openDashboard(page: Page, user: TestUser): Promise<void> {
    await logIn(page, user.email, user.password);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Monitoring', exact: true }).click();
    await page.getByRole('heading', { name: 'Monitoring', level: 1 }).waitFor();
  }

  it(
    'staff see every figure against its target, filter to one board in the address, and download that board’s XLSX',
    async () => {
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await openDashboard(page, staff);
      // All boards: 3, 4, 10 and 2 people started (report-fixtures.ts; reports-figures.e2e-spec.ts works them out).
      await waitForColumn(page, 'Instroom per schooljaar', 2, ['3', '4', '10', '2']);
      await waitForText(page.getByTestId('report-shown'), 'Getoond: alle schooljaren; peildatum 15 mrt 2027.');
      // Each rate with what it is made of, in Dutch notation; met or not in words, not by colour alone.
      await waitForText(page.getByTestId('uitval-2023-2024'), '66,7% (2 van 3)');
      await waitForText(page.getByTestId('uitval-2023-2024'), 'Niet gehaald');
      await waitForText(page.getByTestId('uitval-2024-2025'), '0,0% (0 van 4)');
      await waitForText(page.getByTestId('uitval-2024-2025'), 'Gehaald');
      // Exactly 10% is not below the target.
      await waitForText(page.getByTestId('uitval-2025-2026'), '10,0% (1 van 10)');
      await waitForText(page.getByTestId('uitval-2025-2026'), 'Niet gehaald');
      await waitForText(page.getByTestId('satisfaction-2025-2026'), '75,0% (3 van 4)');
      await waitForText(page.getByTestId('satisfaction-2025-2026'), 'Gehaald');
      await waitForText(page.getByTestId('coaching-2025-2026-1'), '7,7% (115 van 1.490,41)');
      await waitForText(page.getByTestId('coaching-2024-2025-3'), 'Geen norm');
      await waitForText(page.getByTestId(`capacity-2024-2025-${data.boards.C}`), 'boven capaciteit');
      await waitForText(page.getByTestId('tile-starts'), 'Instroom 2026-2027');
      await waitForText(page.getByTestId('tile-uitval'), '0,0% (0 van 2)');
      expect(await page.getByRole('region', { name: 'Plaatsen per schoolbestuur en schooljaar' }).innerText()).toContain(BOARD_NAMES.B);
      // Every chart is drawn, with a caption; the table after it is its text alternative.
      for (const chart of ['report-starts', 'report-uitval', 'report-coaching', 'report-capacity', 'report-funnel', 'report-sources']) {
        await page.getByTestId(`${chart}-chart`).locator('svg.recharts-surface').first().waitFor();
      }
      await waitForText(page.getByTestId('report-funnel-section'), 'Trechter: aanmeldingen in schooljaar 2026-2027');
      // Under the funnel, per source: W4 came through the Onderwijsloket and has not started; the 6 others gave no source.
      await waitForText(page.getByTestId('report-sources-section'), 'Instroom per bron: aanmeldingen in schooljaar 2026-2027');
      await waitForColumn(page, 'Instroom per bron 2026-2027', 1, ['Het Onderwijsloket', 'Niet opgegeven']);
      await waitForText(page.getByTestId('source-2026-2027-onderwijsloket'), '0,0% (0 van 1)');
      await waitForText(page.getByTestId('source-2026-2027-niet-opgegeven'), '0,0% (0 van 6)');
      await screenshot(page, 'reports-staff');
      await page.setViewportSize(PHONE_VIEWPORT);
      await screenshot(page, 'reports-staff-phone');
      await page.setViewportSize({ width: 1280, height: 720 });
      await expectAccessibleOnPhoneToo(page);

      // The definitions, folded away until asked for.
      await page.getByText('Hoe de cijfers geteld worden').click();
      await waitForText(page.getByTestId('report-help'), 'een routewissel is geen nieuwe start');
      await expectAccessible(page);

      await page.getByLabel('Schoolbestuur', { exact: true }).selectOption({ label: BOARD_NAMES.A });
      await page.getByRole('button', { name: 'Cijfers tonen', exact: true }).click();
      await page.waitForURL(new RegExp(`/rapportage\\?boardId=${data.boards.A}$`));
      // Board A's starts (P0, P0c; P1, P2; Q2–Q4; R1), its capacity only.
      await waitForColumn(page, 'Instroom per schooljaar', 2, ['2', '2', '3', '1']);
      await waitForText(page.getByTestId('report-shown'), `schoolbestuur ${BOARD_NAMES.A}`);
      await waitForColumn(page, 'Plaatsen per schoolbestuur en schooljaar', 2, [BOARD_NAMES.A]);
      await expectAccessibleOnPhoneToo(page);

      // The Excel link carries the same filters; the file's numbers are the JSON's.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Convenantcijfers (Excel)', exact: true }).click()]);
      expect(download.suggestedFilename()).toBe('convenantcijfers-peildatum-2027-03-15.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
      const json = (await staff.http.get(`/api/reports/kpis?boardId=${data.boards.A}`)).body as { starts: { schoolYear: string; started: number }[] };
      const starts: [ExcelJS.CellValue, ExcelJS.CellValue][] = [];
      workbook.getWorksheet('Instroom')!.eachRow((row, number) => {
        if (number > 2) starts.push([row.getCell(1).value, row.getCell(2).value]);
      });
      expect(starts).toEqual(json.starts.map((row) => [row.schoolYear, row.started]));
      expect(starts.map(([, started]) => started)).toEqual([2, 2, 3, 1]);
      const overview = workbook.getWorksheet('Overzicht')!;
      expect(overview.getRow(6).values).toEqual([undefined, 'Schoolbestuur (id)', data.boards.A]);

      // A reload keeps the filter, in the form too.
      await page.reload();
      await waitForColumn(page, 'Instroom per schooljaar', 2, ['2', '2', '3', '1']);
      expect(await page.getByLabel('Schoolbestuur', { exact: true }).inputValue()).toBe(data.boards.A);

      // A day after today (the API's clock) is refused; the field says why.
      const asOf = page.getByLabel('Peildatum', { exact: true });
      await asOf.fill('2027-03-16');
      await page.getByRole('button', { name: 'Cijfers tonen', exact: true }).click();
      await page.waitForURL(/asOf=2027-03-16$/);
      await waitForText(page.locator('#report-as-of-error'), 'Peildatum mag niet in de toekomst liggen.');
      expect(await asOf.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page);

      // A past day: the board's figures as they stood then (R1 had not started yet), as the API has them.
      await asOf.fill('2026-01-01');
      await page.getByRole('button', { name: 'Cijfers tonen', exact: true }).click();
      await page.waitForURL(/asOf=2026-01-01$/);
      const past = (await staff.http.get(`/api/reports/kpis?boardId=${data.boards.A}&asOf=2026-01-01`)).body as { starts: { started: number }[] };
      expect(past.starts.map((row) => row.started)).toEqual([2, 2, 3]);
      await waitForColumn(page, 'Instroom per schooljaar', 2, ['2', '2', '3']);
      await waitForText(page.getByTestId('report-shown'), `schoolbestuur ${BOARD_NAMES.A}; peildatum 1 jan 2026.`);

      await page.getByRole('link', { name: 'Filters wissen', exact: true }).click();
      await page.waitForURL(/\/rapportage$/);
      await waitForColumn(page, 'Instroom per schooljaar', 2, ['3', '4', '10', '2']);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'a board user sees their own board only, with no board to choose, even from an address that names another',
    async () => {
      const { context, page, pageErrors } = await openSession(browser(), app().baseUrl);
      await openDashboard(page, boardUser);
      await waitForColumn(page, 'Instroom per schooljaar', 2, ['2', '2', '3', '1']);
      await waitForText(page.getByTestId('report-shown'), `schoolbestuur ${BOARD_NAMES.A}`);
      expect(await page.getByLabel('Schoolbestuur', { exact: true }).count()).toBe(0);
      expect(await page.getByLabel('Regio', { exact: true }).count()).toBe(0);
      await waitForColumn(page, 'Plaatsen per schoolbestuur en schooljaar', 2, [BOARD_NAMES.A]);
      await expectAccessibleOnPhoneToo(page);

      // Another board's id in the address is not sent (the server would answer 404): still the own board.
      await page.goto(`/rapportage?boardId=${data.boards.B}&schoolYear=2025-2026`);
      await waitForColumn(page, 'Instroom per schooljaar', 2, ['3']);
      const text = await page.locator('main').innerText();
      for (const other of [BOARD_NAMES.B, BOARD_NAMES.C]) expect(text).not.toContain(other);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it('keeps the charts out of the entry and the public form: only the dashboard’s chunk loads recharts', async () => {
    const files = await readdir(ASSETS);
    const chunk = (prefix: string) => {
      const found = files.find((file) => file.startsWith(prefix) && file.endsWith('.js'));
      if (!found) throw new Error(`No chunk ${prefix}* in ${ASSETS}`);
      return found;
    };
    const entry = /src="\/assets\/([^"]+\.js)"/.exec(await readFile(join(ASSETS, '..', 'index.html'), 'utf8'))?.[1];
    if (!entry) throw new Error('No entry script in index.html');

    /** A chunk and every chunk it imports statically (what loads with it); dynamic imports load later, on their page. */
    async function loadedWith(start: string): Promise<Map<string, string>> {
      const seen = new Map<string, string>();
      const queue = [start];
      while (queue.length) {
        const file = queue.pop()!;
        if (seen.has(file)) continue;
        const code = await readFile(join(ASSETS, file), 'utf8');
        seen.set(file, code);
        for (const [, imported] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(imported);
      }
      return seen;
    }
    // A marker of recharts' code: the class of every chart's wrapper. Present in the dashboard's chunks, so the check can fail;
    // checked once with a naive variant (the shell importing a chart): the entry then carries recharts and this test fails.
    const hasRecharts = (chunks: Map<string, string>) => [...chunks.values()].some((code) => code.includes('recharts-wrapper'));
    expect(hasRecharts(await loadedWith(chunk('reports-page-')))).toBe(true);
    expect(hasRecharts(await loadedWith(entry))).toBe(false);
    expect(hasRecharts(await loadedWith(chunk('apply-page-')))).toBe(false);
  });
});
