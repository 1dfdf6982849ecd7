import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { writeZip } from '../support/zip-writer';
import { day, upload, workbookOf, type SheetRow } from '../support/import-workbooks';

/**
 * Issue 15, item 6, and the rules of item 3 in the dry run: each bad input gets a clear 4xx or a
 * problem naming sheet, row, column (and the rule), never a 5xx; nothing is written by any of them.
 */
describe('imports: bad input and the rules applied to history', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const app = useTestApp({ clock });
  let staff: TestUser;
  let board: BoardWithSchool;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    board = await boardWithSchool(app());
  });

  afterEach(async () => {
    const written = await app().db.query(
      `SELECT (SELECT count(*) FROM candidates) + (SELECT count(*) FROM programmes) + (SELECT count(*) FROM coaching_sessions) AS n`,
    );
    expect(Number(written.rows[0].n)).toBe(0);
  });

  const candidate = (reference: string, overrides: SheetRow = {}): SheetRow => ({
    Referentie: reference,
    Voornaam: 'Fien',
    Achternaam: 'Fout',
    'E-mail': `${reference.toLowerCase()}@example.nl`,
    Opleidingsniveau: 'wo_master',
    Regio: 'Almere',
    Route: 'zij_instroom',
    'Aangemeld op': day('2023-01-10'),
    'Screening op': day('2023-01-11'),
    'Gesprek gepland op': day('2023-01-12'),
    'Gesprek positief op': day('2023-01-20'),
    'Geschiktheidsonderzoek gestart op': day('2023-02-01'),
    'Geschiktheidsverklaring op': day('2023-05-01'),
    ...overrides,
  });
  const placement = (reference: string): SheetRow => ({
    Referentie: reference,
    Schoolbestuur: board.boardName,
    School: board.schoolName,
    Startdatum: day('2023-08-01'),
    FTE: 1,
    'Boven-formatief': 'nee',
  });
  const programme = (reference: string, overrides: SheetRow = {}): SheetRow => ({
    Referentie: reference,
    Route: 'zij_instroom',
    Startdatum: day('2023-09-01'),
    'Datum VOG': day('2023-08-01'),
    Uitkomst: 'Lopend',
    ...overrides,
  });
  const problemsOf = async (content: Buffer | string, fileName?: string) => {
    const result = await upload(staff.http, content, fileName);
    expect(result.status).toBe(201);
    expect(result.body.status).toBe('refused');
    return result.body.problems as { sheet: string; row: number | null; column: string | null; severity: string; rule: string | null; message: string }[];
  };

  it('refuses a file that is no workbook with 422 naming the file', async () => {
    const pdf = await upload(staff.http, Buffer.from('%PDF-1.7\n\u0000\u0001binary'), 'import.xlsx');
    expect(pdf.status).toBe(422);
    expect(pdf.body.fields).toEqual([{ field: 'file', message: expect.stringContaining('geen Excel-werkmap') }]);
    const zipWithoutWorkbook = await upload(staff.http, writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]), 'import.xlsx');
    expect(zipWithoutWorkbook.status).toBe(422);
    expect(zipWithoutWorkbook.body.message).toContain('geen Excel-werkmap');
    const missing = await staff.http.postForm('/api/imports', new FormData());
    expect(missing.status).toBe(400);
    expect(missing.body.fields).toEqual([{ field: 'file', message: expect.stringContaining('Bestand is verplicht') }]);
  });

  it('refuses a zip bomb disguised as XLSX: by its declared sizes, and when its parts inflate beyond what they declare', async () => {
    const workbookPart = {
      name: 'xl/workbook.xml',
      data: Buffer.from('<workbook><sheets><sheet name="Kandidaten" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    };
    const declared = await upload(
      staff.http,
      writeZip([workbookPart, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000), claimedSize: 2_000_000_000 }]),
    );
    expect(declared.status).toBe(422);
    expect(declared.body.message).toContain('zip-bom');
    // 64 MB of zeros deflate to about 64 KB; the header claims 1 KB. yauzl stops it while inflating.
    const rels = {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    };
    const lying = await upload(
      staff.http,
      writeZip([workbookPart, rels, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024), claimedSize: 1024 }]),
    );
    expect(lying.status).toBe(422);
    expect(lying.body.message).toContain('zip-bom');
  });

  it('refuses a file over 20 MB', async () => {
    const big = await upload(staff.http, Buffer.alloc(21 * 1024 * 1024, 'a'), 'groot.csv');
    expect(big.status).toBe(422);
    expect(big.body.message).toBe('Bestand is groter dan 20 MB.');
  });

  // Skipped without a problem each (an empty row is no row); how long it takes is not timed here, where a busy machine would make it flake.
  it('skips 100,000 empty rows and reads the rows with content', async () => {
    const result = await upload(staff.http, await workbookOf({ candidates: [candidate('ZI-2023-00101')] }, { emptyRowsAfter: 100_000 }));
    expect(result.status).toBe(201);
    expect(result.body.counts.people.create).toBe(1);
    expect(result.body.problems).toEqual([]);
  });

  it('names impossible dates and month numbers, and accepts Dutch and ISO notations', async () => {
    const problems = await problemsOf(
      await workbookOf({
        candidates: [
          candidate('ZI-2023-00111', { 'Aangemeld op': '31-02-2025' }),
          candidate('ZI-2023-00112', { 'Aangemeld op': '2025/13/01' }),
          candidate('ZI-2023-00113', { 'Aangemeld op': 'gisteren' }),
          candidate('ZI-2023-00114', { 'Aangemeld op': '10-1-2023', 'Screening op': '2023-01-11' }),
        ],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: 'Kandidaten',
        row: 2,
        column: 'Aangemeld op',
        message: 'Aangemeld op "31-02-2025" is geen datum: 31 februari 2025 bestaat niet.',
      }),
      expect.objectContaining({
        sheet: 'Kandidaten',
        row: 3,
        column: 'Aangemeld op',
        message: 'Aangemeld op "2025/13/01" is geen datum: maand 13 bestaat niet (1 tot en met 12).',
      }),
      expect.objectContaining({
        sheet: 'Kandidaten',
        row: 4,
        column: 'Aangemeld op',
        message: expect.stringContaining('schrijf de datum als 31-1-2025 of 2025-01-31'),
      }),
    ]);
  });

  it('names a reference twice in the file, rows of an unknown reference, and an unknown board with the closest name', async () => {
    const problems = await problemsOf(
      await workbookOf({
        candidates: [candidate('ZI-2023-00121'), candidate('ZI-2023-00121', { 'E-mail': 'ander@example.nl' })],
        placements: [{ ...placement('ZI-2023-00121'), Schoolbestuur: board.boardName.slice(0, -1) }],
        sessions: [{ Referentie: 'ZI-1999-00001', Datum: day('2023-10-01'), Minuten: 60, Soort: 'Individueel' }],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'Kandidaten',
          row: 3,
          column: 'Referentie',
          message: 'Referentie ZI-2023-00121 staat twee keer in het blad Kandidaten (ook in rij 2).',
        }),
        expect.objectContaining({
          sheet: 'Plaatsingen',
          row: 2,
          column: 'Schoolbestuur',
          message: `Schoolbestuur "${board.boardName.slice(0, -1)}" is onbekend. Bedoelt u "${board.boardName}"?`,
        }),
        expect.objectContaining({ sheet: 'Begeleiding', row: 2, column: 'Referentie', message: 'Referentie ZI-1999-00001 staat niet in het blad Kandidaten.' }),
      ]),
    );
  });

  it('applies the rules of the API to history, each error naming its rule', async () => {
    const problems = await problemsOf(
      await workbookOf({
        candidates: [
          // R8: zij_instroom needs a suitability assessment before the programme.
          candidate('ZI-2023-00131', { 'Geschiktheidsonderzoek gestart op': null, 'Geschiktheidsverklaring op': null }),
          candidate('ZI-2023-00132'),
          candidate('ZI-2023-00133'),
          candidate('ZI-2023-00134'),
        ],
        placements: [placement('ZI-2023-00131'), placement('ZI-2023-00132'), placement('ZI-2023-00133'), placement('ZI-2023-00134')],
        programmes: [
          programme('ZI-2023-00131'),
          // R8: a VOG issued more than 6 months before the start.
          programme('ZI-2023-00132', { 'Datum VOG': day('2023-02-28') }),
          programme('ZI-2023-00133', { Uitkomst: 'Bevoegd', 'Datum uitkomst': day('2025-06-30') }),
          programme('ZI-2023-00134'),
        ],
        sessions: [
          // R10: after the programme ended (qualified on 30 June 2025).
          { Referentie: 'ZI-2023-00133', Datum: day('2025-07-15'), Minuten: 60, Soort: 'Individueel' },
          { Referentie: 'ZI-2023-00134', Datum: day('2023-10-01'), Minuten: 500, Soort: 'Individueel' },
        ],
        surveys: [{ Referentie: 'ZI-2023-00133', Moment: 'Bevoegd', 'Beantwoord op': day('2025-07-01'), Score: 11 }],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'Kandidaten',
          row: 2,
          column: 'Geschiktheidsverklaring op',
          rule: 'R8',
          message: expect.stringContaining('positief geschiktheidsonderzoek'),
        }),
        expect.objectContaining({ sheet: 'Trajecten', row: 3, column: 'Datum VOG', rule: 'R8', message: expect.stringContaining('ouder dan 6 maanden') }),
        expect.objectContaining({ sheet: 'Begeleiding', row: 2, column: 'Datum', rule: 'R10', message: expect.stringContaining('binnen het traject') }),
        expect.objectContaining({ sheet: 'Begeleiding', row: 3, column: 'Minuten', rule: 'R10' }),
        expect.objectContaining({ sheet: 'Tevredenheid', row: 2, column: 'Score', message: 'Score ligt tussen 1 en 10 (een heel getal).' }),
      ]),
    );
    expect(problems.every((problem) => problem.severity === 'error' || problem.rule === 'R8')).toBe(true);
  });

  it('reads a CSV as the sheet its file is named after, with ; and a byte-order mark', async () => {
    const csv =
      '\uFEFFReferentie;Voornaam;Achternaam;E-mail;Opleidingsniveau;Regio;Route;Aangemeld op\nZI-2024-00141;Gijs;Csv;gijs@example.nl;Wo-master;Lelystad;zij_instroom;15-3-2024\n\n';
    const result = await upload(staff.http, csv, 'Kandidaten.csv');
    expect(result.status).toBe(201);
    expect(result.body).toEqual(expect.objectContaining({ fileKind: 'csv', status: 'checked', errorCount: 0 }));
    expect(result.body.counts.people.create).toBe(1);
  });
});
