import ExcelJS from 'exceljs';
import { WORKBOOK_SHEETS, type SheetKey } from '@app/imports';
import type { HttpClient, HttpResult } from './http-client';
import { eventually } from './expectations';

/** A row by Dutch heading; a Date becomes a real date cell, anything else is written as given. */
export type SheetRow = Record<string, string | number | boolean | Date | null | { formula: string; result?: string | number }>;
export type WorkbookRows = Partial<Record<SheetKey, SheetRow[]>>;

/** A day as a date cell (UTC midnight, as Excel stores a date). */
export const day = (text: string): Date => new Date(`${text}T00:00:00.000Z`);

/** Builds an XLSX in memory with exceljs: each sheet's headings from the format, then the rows. */
export async function workbookOf(rows: WorkbookRows, options: { emptyRowsAfter?: number } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of WORKBOOK_SHEETS) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.addRow(sheet.columns.map((column) => column.heading));
    for (const row of rows[sheet.key] ?? []) {
      worksheet.addRow(sheet.columns.map((column) => row[column.heading] ?? null));
    }
    if (options.emptyRowsAfter && sheet.key === 'candidates') {
      // Formatted but empty rows, as a spreadsheet often carries below its data.
      for (let index = 0; index < options.emptyRowsAfter; index += 1) worksheet.getRow(worksheet.rowCount + 1).getCell(1).numFmt = '@';
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function upload(http: HttpClient, content: Buffer | string, fileName = 'import.xlsx'): Promise<HttpResult> {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), fileName);
  return http.postForm('/api/imports', form);
}

/** Commits a checked import and waits until the worker has committed it (or it failed). */
export async function commitAndWait(http: HttpClient, id: string): Promise<HttpResult> {
  const queued = await http.post(`/api/imports/${id}/commit`, {});
  if (queued.status !== 202) throw new Error(`commit refused: ${queued.status} ${JSON.stringify(queued.body)}`);
  return eventually(
    async () => {
      const current = await http.get(`/api/imports/${id}`);
      return ['committed', 'failed'].includes(current.body.status) ? current : null;
    },
    `import ${id} committed`,
    60_000,
  );
}

interface BoardAndSchool {
  boardName: string;
  schoolName: string;
}

export const handMadePerson = (reference: string, firstName: string, dates: Partial<SheetRow>, extra: Partial<SheetRow> = {}): SheetRow => ({
  Referentie: reference,
  Voornaam: firstName,
  Achternaam: 'Import',
  'E-mail': `${firstName.toLowerCase()}.import@example.nl`,
  Telefoon: '0612345678',
  Opleidingsniveau: 'Hbo-bachelor',
  'Vakgebied opleiding': 'Bedrijfskunde',
  Regio: 'Almere',
  Route: 'zij_instroom',
  ...dates,
  ...extra,
});
export const handMadePath = (applied: string, screening: string, scheduled: string, passed: string, assessment: string, declaration: string) => ({
  'Aangemeld op': day(applied),
  'Screening op': day(screening),
  'Gesprek gepland op': day(scheduled),
  'Gesprek positief op': day(passed),
  'Geschiktheidsonderzoek gestart op': day(assessment),
  'Geschiktheidsverklaring op': day(declaration),
});

/**
 * Five people over five school years: every outcome, a dropout on 29 February 2024, a route switch
 * with an extension ending term_expired, a rejection before the programme, and a past school year
 * with more supernumerary placements than declared.
 */
export function handMadeWorkbook(north: BoardAndSchool, south: BoardAndSchool): WorkbookRows {
  return {
    candidates: [
      handMadePerson('ZI-2022-00001', 'Anna', handMadePath('2022-03-14', '2022-03-16', '2022-03-21', '2022-04-04', '2022-04-11', '2022-06-01')),
      // Dutch and ISO notations as text cells, beside real date cells.
      handMadePerson('ZI-2023-00002', 'Bram', {
        ...handMadePath('2023-01-10', '2023-01-12', '2023-01-20', '2023-02-01', '2023-02-10', '2023-05-01'),
        'Aangemeld op': '10-1-2023',
        'Screening op': '2023-01-12',
      }),
      handMadePerson('ZI-2021-00003', 'Cees', handMadePath('2021-03-01', '2021-03-02', '2021-03-10', '2021-03-20', '2021-04-01', '2021-06-15')),
      handMadePerson('ZI-2025-00004', 'Dana', handMadePath('2025-01-10', '2025-01-12', '2025-01-20', '2025-02-01', '2025-03-01', '2025-05-20'), {
        Regio: 'lelystad',
      }),
      handMadePerson(
        'ZI-2024-00005',
        'Eva',
        { 'Aangemeld op': day('2024-02-01'), 'Screening op': day('2024-02-03') },
        {
          'Afgesloten als': 'Afgewezen',
          'Afgesloten op': day('2024-02-20'),
          'Reden afsluiting': 'Geen afgeronde hbo-opleiding',
        },
      ),
    ],
    capacity: [
      { Schoolbestuur: north.boardName, Schooljaar: '2021-2022', Plaatsen: 1 },
      { Schoolbestuur: north.boardName, Schooljaar: '2022-2023', Plaatsen: 1 },
      { Schoolbestuur: north.boardName, Schooljaar: '2023-2024', Plaatsen: 0 },
    ],
    placements: [
      {
        Referentie: 'ZI-2022-00001',
        Schoolbestuur: north.boardName,
        School: north.schoolName,
        Startdatum: day('2022-08-01'),
        FTE: 0.8,
        'Boven-formatief': 'ja',
      },
      {
        Referentie: 'ZI-2023-00002',
        Schoolbestuur: north.boardName,
        School: north.schoolName,
        Startdatum: day('2023-08-01'),
        FTE: '1,0',
        'Boven-formatief': 'ja',
        Einddatum: day('2024-02-29'),
        'Reden einde': 'Uitval',
      },
      {
        Referentie: 'ZI-2021-00003',
        Schoolbestuur: north.boardName,
        School: north.schoolName,
        Startdatum: day('2021-08-16'),
        FTE: 0.6,
        'Boven-formatief': 'ja',
      },
      {
        Referentie: 'ZI-2025-00004',
        Schoolbestuur: south.boardName,
        School: south.schoolName,
        Startdatum: day('2025-08-01'),
        FTE: 1,
        'Boven-formatief': 'nee',
      },
    ],
    programmes: [
      {
        Referentie: 'ZI-2022-00001',
        Route: 'zij_instroom',
        Startdatum: day('2022-08-01'),
        'Datum VOG': day('2022-06-15'),
        Uitkomst: 'Bevoegd',
        'Datum uitkomst': day('2024-06-28'),
        'Subsidie aangevraagd op': day('2022-09-01'),
        Subsidiebedrag: 20000,
        'Besluit DUO': 'Toegekend',
        'Datum besluit DUO': day('2022-10-15'),
        'Besteed bedrag': 20000,
      },
      {
        Referentie: 'ZI-2023-00002',
        Route: 'zij_instroom',
        Startdatum: day('2023-08-01'),
        'Datum VOG': day('2023-07-01'),
        Uitkomst: 'Uitgevallen',
        'Datum uitkomst': '29-2-2024',
        'Reden uitval': 'Andere baan',
      },
      {
        Referentie: 'ZI-2021-00003',
        Route: 'zij_instroom',
        Startdatum: day('2021-09-01'),
        'Datum VOG': day('2021-08-01'),
        Uitkomst: 'Route gewisseld',
        'Datum uitkomst': day('2022-08-31'),
      },
      {
        Referentie: 'ZI-2021-00003',
        Route: 'duaal',
        Startdatum: day('2022-09-01'),
        Uitkomst: 'Termijn verlopen',
        'Datum uitkomst': day('2025-02-28'),
        'Verlenging (maanden)': 6,
        'Reden verlenging': 'Langdurige afwezigheid',
      },
      { Referentie: 'ZI-2025-00004', Route: 'zij_instroom', Startdatum: day('2025-09-01'), 'Datum VOG': day('2025-05-01'), Uitkomst: 'Lopend' },
    ],
    sessions: [
      { Referentie: 'ZI-2022-00001', Datum: day('2022-09-12'), Minuten: 60, Soort: 'Individueel', Notitie: 'Kennismaking' },
      { Referentie: 'ZI-2022-00001', Datum: day('2023-02-01'), Minuten: 90, Soort: 'observation' },
      { Referentie: 'ZI-2025-00004', Datum: day('2025-10-01'), Minuten: 60, Soort: 'Intervisie' },
    ],
    surveys: [
      { Referentie: 'ZI-2022-00001', Moment: 'Einde leerjaar 1', 'Beantwoord op': day('2023-08-10'), Score: 8 },
      // A formula's cached value is taken, never evaluated.
      { Referentie: 'ZI-2022-00001', Moment: 'Bevoegd', 'Beantwoord op': day('2024-07-01'), Score: { formula: '4+5', result: 9 } },
    ],
  };
}

/** A workbook's sheets as plain values (a date cell as its day), to compare two workbooks cell by cell. */
export async function sheetsOf(content: Buffer): Promise<Record<string, (string | number | boolean | null)[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  workbook.eachSheet((worksheet) => {
    const rows: (string | number | boolean | null)[][] = [];
    worksheet.eachRow((row) => {
      rows.push(
        (row.values as ExcelJS.CellValue[]).slice(1).map((value) => {
          if (value instanceof Date) return value.toISOString().slice(0, 10);
          if (value === undefined || value === null) return null;
          return typeof value === 'object' ? JSON.stringify(value) : value;
        }),
      );
    });
    sheets[worksheet.name] = rows;
  });
  return sheets;
}

/** GETs a binary answer (a workbook) with the client's token. */
export async function download(
  user: { http: HttpClient; token: string },
  path: string,
): Promise<{ status: number; contentType: string | null; content: Buffer }> {
  const response = await fetch(user.http.baseUrl + path, { headers: { authorization: `Bearer ${user.token}` } });
  return { status: response.status, contentType: response.headers.get('content-type'), content: Buffer.from(await response.arrayBuffer()) };
}
