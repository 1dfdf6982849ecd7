import ExcelJS from 'exceljs';
import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { createInstitute, createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { BOARD_NAMES, insertReferenceData, type ReferenceData } from '../support/report-fixtures';

/**
 * The reports' exports and who may read them (issue 14): the CSV for Dutch Excel and the XLSX are
 * read back and their numbers compared with the JSON; a board user's reports equal the staff's
 * filtered to that board, and no other board's figures appear in the JSON, CSV or XLSX; coaches
 * and institutes get none (404, as for any route not theirs).
 */

/** RFC 4180 as csv-stringify writes it: `;` between cells, `"` around cells that need it, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ';') {
      record.push(cell);
      cell = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      index += 1;
    } else cell += character;
  }
  return records;
}

/** The rows of a CSV section (title, headings, rows until the blank record), by its title. */
function section(records: string[][], title: string): { headings: string[]; rows: string[][] } {
  const start = records.findIndex((record) => record[0] === title);
  if (start < 0) throw new Error(`No section ${title}`);
  const end = records.findIndex((record, index) => index > start && record.length === 1 && record[0] === '');
  return { headings: records[start + 1], rows: records.slice(start + 2, end) };
}

/** A Dutch number of the CSV ("66,7") as a number; an empty cell as null. */
const dutch = (cell: string): number | null => (cell === '' ? null : Number(cell.replace(',', '.')));

async function download(user: TestUser, path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(user.http.baseUrl + path, { headers: { authorization: `Bearer ${user.token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every data row of a sheet (below its title and headings) as values. */
function sheetRows(workbook: ExcelJS.Workbook, name: string): ExcelJS.CellValue[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 2) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

function allText(workbook: ExcelJS.Workbook): string {
  const parts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => parts.push(JSON.stringify(row.values))));
  return parts.join('\n');
}

describe('reports: exports and board isolation', () => {
  const clock = new FixedClock(noonInAmsterdam('2027-03-15'));
  const app = useTestApp({ clock, worker: false });
  let staff: TestUser;
  let boardUser: TestUser;
  let data: ReferenceData;
  const formulaBoard = '=HYPERLINK("http://example.org";"klik")';

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    data = await insertReferenceData(app(), staff.id);
    boardUser = await createUser(app(), 'board', { boardId: data.boards.A });
    // A board whose name a spreadsheet would run as a formula, with declared places: it shows in the capacity figure.
    const { rows } = await app().db.query(`INSERT INTO boards (name, region, joined_at) VALUES ($1, 'almere', '2024-08-01') RETURNING id`, [formulaBoard]);
    await app().db.query(`INSERT INTO board_capacity (board_id, school_year, places, used, updated_at) VALUES ($1, '2025-2026', 2, 0, now())`, [rows[0].id]);
  });

  it('writes the CSV for Dutch Excel: BOM, semicolons, decimal commas, Dutch headings, numbers equal to the JSON', async () => {
    const json = (await staff.http.get('/api/reports/kpis')).body;
    const csv = await download(staff, '/api/reports/kpis?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="convenantcijfers-peildatum-2027-03-15.csv"');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(section(records, 'Convenantcijfers zij-instroom').rows.slice(0, 2)).toEqual([
      ['Peildatum', '2027-03-15'],
      ['Schooljaar', 'alle'],
    ]);
    const uitval = section(records, 'Uitval per cohort');
    expect(uitval.headings.slice(0, 8)).toEqual([
      'Cohort',
      'Gestart',
      'Bevoegd',
      'Uitgevallen',
      'Termijn verlopen',
      'Uitval (teller)',
      'Gestart (noemer)',
      'Uitval',
    ]);
    expect(uitval.rows.map((row) => [row[0], dutch(row[5]), dutch(row[6]), dutch(row[7]), row[13]])).toEqual(
      json.uitval.map((row: { cohort: string; rate: { numerator: number; denominator: number; percentage: number }; met: boolean }) => [
        row.cohort,
        row.rate.numerator,
        row.rate.denominator,
        row.rate.percentage,
        row.met ? 'ja' : 'nee',
      ]),
    );
    expect(uitval.rows[0][7]).toBe('66,7');
    const coaching = section(records, 'Begeleidingsuren per cohort en leerjaar tegen de norm');
    expect(coaching.rows.map((row) => [row[0], dutch(row[1]), dutch(row[3]), dutch(row[4]), dutch(row[6])])).toEqual(
      json.coaching.map((row: { cohort: string; studyYear: number; loggedHours: number; normHours: number | null; rate: { percentage: number } | null }) => [
        row.cohort,
        row.studyYear,
        row.loggedHours,
        row.normHours,
        row.rate?.percentage ?? null,
      ]),
    );
    const satisfaction = section(records, 'Tevredenheid per cohort');
    expect(satisfaction.rows.map((row) => dutch(row[3]))).toEqual(json.satisfaction.map((row: { rate: { percentage: number } }) => row.rate.percentage));
    const starts = section(records, 'Gestarte personen per schooljaar');
    expect(starts.rows.map((row) => [row[0], dutch(row[1]), dutch(row[2])])).toEqual(
      json.starts.map((row: { schoolYear: string; started: number; target: number }) => [row.schoolYear, row.started, row.target]),
    );
  });

  it('escapes a text cell that a spreadsheet would run as a formula', async () => {
    const text = (await download(staff, '/api/reports/kpis?format=csv')).bytes.toString('utf8');
    const capacity = section(parseCsv(text.slice(1)), 'Boven-formatieve plaatsen per schoolbestuur en schooljaar');
    expect(capacity.rows.map((row) => row[1])).toContain(`'${formulaBoard}`);
    expect(capacity.rows.map((row) => row[1])).not.toContain(formulaBoard);
  });

  it('writes the XLSX with one sheet per figure, the filters and as-of day first, numbers as numbers and percentages formatted', async () => {
    const json = (await staff.http.get('/api/reports/kpis?schoolYear=2025-2026')).body;
    const xlsx = await download(staff, '/api/reports/kpis?format=xlsx&schoolYear=2025-2026');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="convenantcijfers-2025-2026-peildatum-2027-03-15.xlsx"');
    const workbook = await workbookOf(xlsx.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Overzicht', 'Instroom', 'Uitval', 'Tevredenheid', 'Begeleiding', 'Capaciteit']);
    expect(sheetRows(workbook, 'Overzicht').slice(0, 5)).toEqual([
      ['Peildatum', '2027-03-15'],
      ['Schooljaar', '2025-2026'],
      ['Regio', 'alle'],
      ['Schoolbestuur (id)', 'alle'],
      ['Route', 'alle'],
    ]);
    const uitval = workbook.getWorksheet('Uitval')!;
    expect(uitval.getRow(2).values).toEqual(expect.arrayContaining(['Cohort', 'Uitval', 'Routewissel']));
    const [row] = sheetRows(workbook, 'Uitval');
    expect(row.slice(0, 8)).toEqual(['2025-2026', 10, 0, 1, 0, 1, 10, 0.1]);
    expect(uitval.getCell('H3').numFmt).toBe('0.0%');
    expect(sheetRows(workbook, 'Begeleiding').map((cells) => [cells[0], cells[1], cells[3], cells[4], (cells[6] as number) * 100])).toEqual(
      json.coaching.map((entry: { cohort: string; studyYear: number; loggedHours: number; normHours: number; rate: { percentage: number } }) => [
        entry.cohort,
        entry.studyYear,
        entry.loggedHours,
        entry.normHours,
        expect.closeTo(entry.rate.percentage, 10),
      ]),
    );
    expect(workbook.getWorksheet('Tevredenheid')!.getCell('D3').value).toBeCloseTo(0.75, 10);
    expect(workbook.getWorksheet('Tevredenheid')!.getCell('D3').numFmt).toBe('0.0%');

    const funnel = await workbookOf((await download(staff, '/api/reports/funnel?format=xlsx')).bytes);
    expect(funnel.worksheets.map((sheet) => sheet.name)).toEqual(['Overzicht', 'Fasen', 'Conversie', 'Verlies', 'Per bron']);
    const funnelJson = (await staff.http.get('/api/reports/funnel')).body;
    expect(sheetRows(funnel, 'Conversie').length).toBe(funnelJson.schoolYears.length * 7);
    expect(sheetRows(funnel, 'Conversie')[3].slice(3, 7)).toEqual([1, 1, 1, 8]); // 2022-2023: interview passed → in assessment
  });

  it("gives a board user the staff's reports filtered to its own board, and nothing of the other boards", async () => {
    const own = `boardId=${data.boards.A}`;
    for (const path of ['kpis', 'funnel']) {
      const mine = await boardUser.http.get(`/api/reports/${path}`);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual((await staff.http.get(`/api/reports/${path}?${own}`)).body);
      expect((await boardUser.http.get(`/api/reports/${path}?${own}&asOf=2026-01-01`)).body).toEqual(
        (await staff.http.get(`/api/reports/${path}?${own}&asOf=2026-01-01`)).body,
      );
      // Another board's id answers 404, as if it did not exist (R14).
      expect((await boardUser.http.get(`/api/reports/${path}?boardId=${data.boards.B}`)).status).toBe(404);
    }
    const kpis = (await boardUser.http.get('/api/reports/kpis')).body;
    expect(kpis.filters.boardId).toBe(data.boards.A);
    expect(kpis.capacity.map((row: { boardName: string }) => row.boardName)).toEqual([BOARD_NAMES.A]);
    expect(kpis.starts.map((row: { started: number }) => row.started)).toEqual([2, 2, 3, 1]);

    const others = [data.boards.B, data.boards.C, BOARD_NAMES.B, BOARD_NAMES.C, formulaBoard];
    const csv = (await download(boardUser, '/api/reports/kpis?format=csv')).bytes.toString('utf8');
    const xlsx = allText(await workbookOf((await download(boardUser, '/api/reports/kpis?format=xlsx')).bytes));
    const funnelCsv = (await download(boardUser, '/api/reports/funnel?format=csv')).bytes.toString('utf8');
    for (const text of [JSON.stringify(kpis), csv, xlsx, funnelCsv]) {
      expect(text).toContain(data.boards.A);
      for (const other of others) expect(text).not.toContain(other);
    }
  });

  it('answers 404 to coaches and institutes, and the snapshots only to the central desk', async () => {
    const coach = await createUser(app(), 'coach');
    const institute = await createUser(app(), 'institute', { instituteId: (await createInstitute(app())).id });
    for (const user of [coach, institute]) {
      for (const path of ['kpis', 'funnel', 'kpis?format=csv', 'funnel?format=xlsx', 'snapshots']) {
        expect((await user.http.get(`/api/reports/${path}`)).status).toBe(404);
      }
    }
    expect((await boardUser.http.get('/api/reports/snapshots')).status).toBe(404);
    expect((await staff.http.get('/api/reports/snapshots')).status).toBe(200);
  });
});
