import { FixedClock, SYSTEM_ACTOR } from '@app/shared';
import { OrganisationsService } from '@app/organisations';
import { EXPLANATION_SHEET_NAME, WORKBOOK_SHEETS } from '@app/imports';
import { seedDemoData } from '../../apps/api/src/seed/seed';
import { useTestApp, type TestApp } from '../support/test-app';
import { apply, createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { commitAndWait, download, handMadeWorkbook, sheetsOf, upload, workbookOf } from '../support/import-workbooks';

/**
 * Issue 15, items 1 and 5: the template comes from the one format definition; an export imported
 * into an empty installation (the same boards and schools, no people) exports the same workbook,
 * cell for cell, and answers every report (kpis and funnel, JSON) with the same figures. The source
 * holds imported history and a dossier the product made (an application and its screening).
 */
/**
 * The reports compared between source and target: unfiltered, by region, by school year, and as of
 * a past day (before the dropout of 29 February 2024, and before the first import's last outcome).
 */
const REPORT_QUERIES = ['', '?region=lelystad', '?schoolYear=2023-2024', '?asOf=2024-02-28', '?asOf=2025-06-30&region=almere'];

/**
 * A report's JSON with each board's id replaced by a placeholder: the ids differ between installations.
 * With `recordedBeforeStart`, the median days from assessment passed to in programme are left out:
 * see the demo round trip below.
 */
async function reportOf(user: TestUser, report: string, query: string, options: { recordedBeforeStart?: boolean } = {}): Promise<unknown> {
  const result = await user.http.get(`/api/reports/${report}${query}`);
  expect(result.status).toBe(200);
  return JSON.parse(JSON.stringify(result.body), function (this: { from?: string }, key, value: unknown) {
    if (key === 'boardId' && typeof value === 'string') return 'board';
    if (options.recordedBeforeStart && key === 'medianDays' && this.from === 'assessment_passed') return 'recorded before the start';
    return value;
  });
}

describe('imports: template and the export round trip', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const source = useTestApp({ clock });
  const target = useTestApp({ clock });
  let sourceStaff: TestUser;
  let targetStaff: TestUser;
  let north: BoardWithSchool;
  let south: BoardWithSchool;

  async function sameOrganisation(app: TestApp, board: BoardWithSchool, region: 'almere' | 'lelystad'): Promise<void> {
    const organisations = app.api.get(OrganisationsService);
    const created = await organisations.createBoard(SYSTEM_ACTOR, { name: board.boardName, region, joinedAt: '2020-08-01' });
    await organisations.createSchool(SYSTEM_ACTOR, created.id, { name: board.schoolName, city: 'Almere' });
  }

  beforeAll(async () => {
    sourceStaff = await createUser(source(), 'staff');
    targetStaff = await createUser(target(), 'staff');
    north = await boardWithSchool(source());
    south = await boardWithSchool(source(), 'lelystad');
    await sameOrganisation(target(), north, 'almere');
    await sameOrganisation(target(), south, 'lelystad');
  });

  it('gives the template: every sheet with its Dutch headings and an example row, and the explanation of each column', async () => {
    const template = await download(sourceStaff, '/api/imports/template.xlsx');
    expect(template.status).toBe(200);
    expect(template.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = await sheetsOf(template.content);
    expect(Object.keys(sheets)).toEqual([...WORKBOOK_SHEETS.map((sheet) => sheet.name), EXPLANATION_SHEET_NAME]);
    for (const sheet of WORKBOOK_SHEETS) {
      expect(sheets[sheet.name][0]).toEqual(sheet.columns.map((column) => column.heading));
      expect(sheets[sheet.name]).toHaveLength(2);
    }
    const explained = sheets[EXPLANATION_SHEET_NAME].map((row) => `${String(row[0])}/${String(row[1])}`);
    for (const sheet of WORKBOOK_SHEETS) for (const column of sheet.columns) expect(explained).toContain(`${sheet.name}/${column.heading}`);
  });

  it('exports what an empty installation imports back into the same export, cell for cell, and the same reports, figure for figure', async () => {
    const imported = await upload(sourceStaff.http, await workbookOf(handMadeWorkbook(north, south)));
    expect((await commitAndWait(sourceStaff.http, imported.body.id)).body.status).toBe('committed');
    const applicant = await apply(source());
    expect((await sourceStaff.http.post(`/api/candidates/${applicant.candidateId}/screening`, {})).status).toBe(200);

    const first = await download(sourceStaff, '/api/exports/workbook.xlsx');
    expect(first.status).toBe(200);
    const exported = await sheetsOf(first.content);
    expect(exported.Kandidaten).toHaveLength(7);
    expect(exported.Begeleiding).toHaveLength(4);

    const again = await upload(targetStaff.http, first.content, 'export.xlsx');
    expect(again.body.errorCount).toBe(0);
    expect((await commitAndWait(targetStaff.http, again.body.id)).body.status).toBe('committed');
    const second = await download(targetStaff, '/api/exports/workbook.xlsx');
    expect(await sheetsOf(second.content)).toEqual(exported);
    // Every report, figure for figure: unfiltered, with a filter and as of a past day.
    for (const query of REPORT_QUERIES) {
      for (const report of ['kpis', 'funnel']) {
        const [there, here] = [await reportOf(sourceStaff, report, query), await reportOf(targetStaff, report, query)];
        expect({ report, query, body: here }).toEqual({ report, query, body: there });
      }
    }
    // The product's own reference stays ahead of what came in: the next application gets a new one.
    const next = await apply(target());
    expect(next.reference).not.toBe(applicant.reference);
  });

  it('filters the export as the reports do', async () => {
    const lelystad = await sheetsOf((await download(sourceStaff, '/api/exports/workbook.xlsx?region=lelystad')).content);
    expect(lelystad.Kandidaten.slice(1).map((row) => row[0])).toEqual(['ZI-2025-00004']);
    const year = await sheetsOf((await download(sourceStaff, '/api/exports/workbook.xlsx?schoolYear=2023-2024')).content);
    expect(
      year.Kandidaten.slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(['ZI-2023-00002', 'ZI-2024-00005']);
    expect(year.Capaciteit.slice(1).map((row) => row[1])).toEqual(['2023-2024']);
    const refused = await sourceStaff.http.get('/api/exports/workbook.xlsx?schoolYear=2023');
    expect(refused.status).toBe(400);
  });

  // Last: it erases. A known difference: an erased person (R13) still counts in the source's
  // figures as an anonymous record, but has no personal data left to export, so the export leaves
  // the row out and an installation that imports it counts one person fewer (the reports' help says so).
  it('leaves an erased person out of the export, while the source still counts the anonymous record', async () => {
    const [{ id: eva }] = (await source().db.query(`SELECT id FROM candidates WHERE reference = 'ZI-2024-00005'`)).rows;
    const before = await reportOf(sourceStaff, 'funnel', '?schoolYear=2023-2024');
    const request = await sourceStaff.http.post('/api/data-requests', { candidateId: eva, kind: 'erasure', receivedOn: '2026-03-15' });
    expect(request.status).toBe(201);
    expect((await sourceStaff.http.post(`/api/data-requests/${request.body.id}/complete`, {})).status).toBe(200);
    expect((await source().db.query(`SELECT erased_at FROM candidates WHERE id = $1`, [eva])).rows[0].erased_at).not.toBeNull();

    expect(await reportOf(sourceStaff, 'funnel', '?schoolYear=2023-2024')).toEqual(before);
    expect(JSON.stringify(before)).toContain('"rejected":1');
    const exported = await sheetsOf((await download(sourceStaff, '/api/exports/workbook.xlsx')).content);
    expect(exported.Kandidaten.slice(1).map((row) => row[0])).not.toContain('ZI-2024-00005');
    expect(exported.Kandidaten).toHaveLength(6);
    expect(JSON.stringify((await sourceStaff.http.get('/api/reports/funnel')).body.help)).toContain('gewist');
  });
});

/**
 * The same round trip on the demo data (`npm run seed`, with its showcase of the product's own
 * commands): seeded into the source, exported, imported into an empty installation with the same
 * boards and schools, exported again, and every report compared. It found a fault of the import,
 * fixed with it: the demo holds a placement that starts later, which the import refused ("Startdatum
 * ligt in de toekomst") though the API accepts it. Once accepted, such a placement must be recorded
 * today, not on its start date, or it does not hold its place in today's capacity figure (this test
 * failed on both before their fix).
 */
describe('imports: the demo data round trip', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const source = useTestApp({ clock, worker: false });
  const target = useTestApp({ clock });
  let sourceStaff: TestUser;
  let targetStaff: TestUser;

  beforeAll(async () => {
    const seeded = await seedDemoData(source().config.databaseUrl, {
      progress: false,
      now: clock.now(),
      environment: {
        NODE_ENV: 'test',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        STORAGE_DIR: source().storageDirectory,
        ADMIN_EMAIL: 'beheer@test.flevowijs.nl',
        ADMIN_PASSWORD: 'test-admin-password-1',
        REDIS_URL: source().config.redisUrl,
        QUEUE_PREFIX: source().config.queuePrefix,
        LOG_LEVEL: 'silent',
      },
    });
    expect(seeded.seeded).toBe(true);
    sourceStaff = await createUser(source(), 'staff');
    targetStaff = await createUser(target(), 'staff');
    const organisations = target().api.get(OrganisationsService);
    const boards = await source().db.query(`SELECT id, name, region, to_char(joined_at, 'YYYY-MM-DD') AS "joinedAt" FROM boards ORDER BY name`);
    for (const board of boards.rows) {
      const created = await organisations.createBoard(SYSTEM_ACTOR, { name: board.name, region: board.region, joinedAt: board.joinedAt });
      const schools = await source().db.query(`SELECT name, city FROM schools WHERE board_id = $1 ORDER BY name`, [board.id]);
      for (const school of schools.rows) await organisations.createSchool(SYSTEM_ACTOR, created.id, { name: school.name, city: school.city });
    }
  }, 120_000);

  it('imports the export of the demo data into the same export and the same reports', async () => {
    const first = await download(sourceStaff, '/api/exports/workbook.xlsx');
    const exported = await sheetsOf(first.content);
    const imported = await upload(targetStaff.http, first.content, 'export.xlsx');
    expect(imported.body.problems.filter((problem: { severity: string }) => problem.severity === 'error')).toEqual([]);
    expect((await commitAndWait(targetStaff.http, imported.body.id)).body.status).toBe('committed');
    expect(await sheetsOf((await download(targetStaff, '/api/exports/workbook.xlsx')).content)).toEqual(exported);
    for (const query of REPORT_QUERIES) {
      for (const report of ['kpis', 'funnel']) {
        const [there, here] = [
          await reportOf(sourceStaff, report, query, { recordedBeforeStart: true }),
          await reportOf(targetStaff, report, query, { recordedBeforeStart: true }),
        ];
        expect({ report, query, body: here }).toEqual({ report, query, body: there });
      }
    }
    // The one figure that differs for a reason: the demo records its programmes a few days before
    // they start, and the funnel dates "in programme" on the day of recording; the workbook holds the
    // start date only, so the target dates the stage on the start. The help text says so.
    const median = async (user: TestUser) =>
      ((await reportOf(user, 'funnel', '')) as { schoolYears: { steps: { from: string; medianDays: number | null }[] }[] }).schoolYears.map(
        (year) => year.steps.find((step) => step.from === 'assessment_passed')?.medianDays ?? null,
      );
    const [sourceMedians, targetMedians] = [await median(sourceStaff), await median(targetStaff)];
    expect(sourceMedians).not.toEqual(targetMedians);
    sourceMedians.forEach((days, index) => expect(days === null ? null : (targetMedians[index] as number) - days).toBeGreaterThanOrEqual(0));
    expect(JSON.stringify((await sourceStaff.http.get('/api/reports/funnel')).body.help)).toContain('startdatum');
  }, 120_000);
});
