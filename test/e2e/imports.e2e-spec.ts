import { join } from 'node:path';
import { FixedClock } from '@app/shared';
import { IMPORT_RETENTION_SWEEP } from '@app/imports';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { filesUnder } from '../support/expectations';
import { useTestApp } from '../support/test-app';
import { createInstitute, createUser, type TestUser } from '../support/factories';
import { expectTableCoversController, tableCells } from '../support/route-table';
import { ImportsController } from '../../apps/api/src/imports/imports.controller';
import { ExportsController } from '../../apps/api/src/imports/exports.controller';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { commitAndWait, day, download, handMadePath, handMadePerson, handMadeWorkbook, upload, workbookOf } from '../support/import-workbooks';
import { unzip } from '../support/zip-reader';

/**
 * Issue 15 through the API: a hand-made workbook of five people over five school years (every
 * outcome, a dropout on 29 February 2024, a route switch with an extension, an over-full past
 * year) checked in a dry run, committed by the worker, and what it wrote; the same file twice
 * changes nothing; a corrected file updates what changed; an address of another open dossier is a
 * conflict (R3). The clock stands on 15 March 2026.
 */
describe('imports: dry run, commit, idempotency, conflict', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const app = useTestApp({ clock });
  let staff: TestUser;
  let north: BoardWithSchool;
  let south: BoardWithSchool;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    north = await boardWithSchool(app());
    south = await boardWithSchool(app(), 'lelystad');
  });

  const workbook = () => handMadeWorkbook(north, south);
  const person = handMadePerson;
  const fullPath = handMadePath;

  const count = async (table: string) => Number((await app().db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  const tables = [
    'candidates',
    'candidate_stage_history',
    'placements',
    'programmes',
    'programme_extensions',
    'subsidies',
    'coaching_sessions',
    'satisfaction_surveys',
    'board_capacity',
  ];
  const snapshot = async () => {
    // One table after another: the test's client is one connection.
    const rows: Record<string, number> = {};
    for (const table of tables) rows[table] = await count(table);
    const audit = await app().db.query(
      `SELECT id, at, actor_id, entity, entity_id, action, changed_fields FROM audit_log WHERE entity <> 'import' ORDER BY id`,
    );
    return { rows, audit: audit.rows };
  };

  it('checks the hand-made workbook in a dry run, commits it in the worker, and writes history on its own dates', async () => {
    const checked = await upload(staff.http, await workbookOf(workbook()));
    expect(checked.status).toBe(201);
    expect(checked.body.problems.filter((problem: { severity: string }) => problem.severity === 'error')).toEqual([]);
    expect(checked.body).toEqual(
      expect.objectContaining({
        status: 'checked',
        errorCount: 0,
        counts: {
          people: { create: 5, update: 0, unchanged: 0 },
          placements: 4,
          programmes: 5,
          sessions: 3,
          surveys: 2,
          capacity: { create: 3, update: 0, unchanged: 0 },
        },
      }),
    );
    // History as it happened: the past year beyond its declared places is a warning naming R7.
    expect(checked.body.problems).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'R7', sheet: 'Plaatsingen', message: expect.stringContaining('2023-2024') }),
    ]);
    expect(await count('candidates')).toBe(0);

    const committed = await commitAndWait(staff.http, checked.body.id);
    expect(committed.body).toEqual(expect.objectContaining({ status: 'committed', rowsDone: committed.body.rowsTotal }));

    const stages = await app().db.query(`SELECT reference, stage FROM candidates ORDER BY reference`);
    expect(stages.rows).toEqual([
      { reference: 'ZI-2021-00003', stage: 'term_expired' },
      { reference: 'ZI-2022-00001', stage: 'qualified' },
      { reference: 'ZI-2023-00002', stage: 'dropped_out' },
      { reference: 'ZI-2024-00005', stage: 'rejected' },
      { reference: 'ZI-2025-00004', stage: 'in_programme' },
    ]);
    const anna = await app().db.query(
      `SELECT h.from_stage, h.to_stage, to_char(h.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day, h.actor_id
       FROM candidate_stage_history h JOIN candidates c ON c.id = h.candidate_id WHERE c.reference = 'ZI-2022-00001' ORDER BY h.id`,
    );
    expect(anna.rows.map((row) => `${row.to_stage} ${row.day}`)).toEqual([
      'applied 2022-03-14',
      'screening 2022-03-16',
      'interview_scheduled 2022-03-21',
      'interview_passed 2022-04-04',
      'in_assessment 2022-04-11',
      'assessment_passed 2022-06-01',
      'in_programme 2022-08-01',
      'qualified 2024-06-28',
    ]);
    expect(new Set(anna.rows.map((row) => row.actor_id))).toEqual(new Set([staff.id]));

    const programmes = await app().db.query(
      `SELECT c.reference, p.route, p.status, to_char(p.ended_on, 'YYYY-MM-DD') AS ended, p.dropout_phase, p.cohort, to_char(p.planned_end, 'YYYY-MM-DD') AS planned_end,
         p.extension_months, p.previous_programme_id IS NOT NULL AS follows
       FROM programmes p JOIN candidates c ON c.id = p.candidate_id ORDER BY c.reference, p.start_date`,
    );
    expect(programmes.rows).toEqual([
      {
        reference: 'ZI-2021-00003',
        route: 'zij_instroom',
        status: 'route_switched',
        ended: '2022-08-31',
        dropout_phase: null,
        cohort: '2021-2022',
        planned_end: '2023-08-31',
        extension_months: 0,
        follows: false,
      },
      {
        reference: 'ZI-2021-00003',
        route: 'duaal',
        status: 'term_expired',
        ended: '2025-02-28',
        dropout_phase: null,
        cohort: '2021-2022',
        planned_end: '2025-02-28',
        extension_months: 6,
        follows: true,
      },
      {
        reference: 'ZI-2022-00001',
        route: 'zij_instroom',
        status: 'qualified',
        ended: '2024-06-28',
        dropout_phase: null,
        cohort: '2022-2023',
        planned_end: '2024-07-31',
        extension_months: 0,
        follows: false,
      },
      {
        reference: 'ZI-2023-00002',
        route: 'zij_instroom',
        status: 'dropped_out',
        ended: '2024-02-29',
        dropout_phase: 'year_1',
        cohort: '2023-2024',
        planned_end: '2025-07-31',
        extension_months: 0,
        follows: false,
      },
      {
        reference: 'ZI-2025-00004',
        route: 'zij_instroom',
        status: 'running',
        ended: null,
        dropout_phase: null,
        cohort: '2025-2026',
        planned_end: '2027-08-31',
        extension_months: 0,
        follows: false,
      },
    ]);
    const capacity = await app().db.query(`SELECT school_year, places, used FROM board_capacity WHERE board_id = $1 ORDER BY school_year`, [north.boardId]);
    expect(capacity.rows).toEqual([
      { school_year: '2021-2022', places: 1, used: 1 },
      { school_year: '2022-2023', places: 1, used: 1 },
      { school_year: '2023-2024', places: 0, used: 1 },
    ]);
    expect(await count('coaching_sessions')).toBe(3);
    const surveys = await app().db.query(`SELECT occasion, score, answered_at IS NOT NULL AS answered FROM satisfaction_surveys ORDER BY occasion`);
    expect(surveys.rows).toEqual([
      { occasion: 'end_of_year_1', score: 8, answered: true },
      { occasion: 'qualification', score: 9, answered: true },
    ]);
    // Audit rows on the historical dates, with the importer as actor.
    const audit = await app().db.query(
      `SELECT a.action, to_char(a.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day, a.actor_id FROM audit_log a JOIN candidates c ON c.id::text = a.entity_id
       WHERE c.reference = 'ZI-2023-00002' AND a.entity = 'candidate' ORDER BY a.at, a.id`,
    );
    expect(audit.rows.map((row) => `${row.action} ${row.day}`)).toEqual([
      'import 2023-01-10',
      'screening 2023-01-12',
      'schedule_interview 2023-01-20',
      'pass_interview 2023-02-01',
      'start_assessment 2023-02-10',
      'pass_assessment 2023-05-01',
      'start_programme 2023-08-01',
      'drop_out 2024-02-29',
    ]);
    expect(new Set(audit.rows.map((row) => row.actor_id))).toEqual(new Set([staff.id]));

    const history = await staff.http.get('/api/imports');
    expect(history.body[0]).toEqual(expect.objectContaining({ id: checked.body.id, status: 'committed', uploadedBy: { id: staff.id, name: 'Test staff' } }));
  });

  it("the inspection export (R13) holds what the import kept on a person and their route switch: both programmes linked, the extension, the import's reference", async () => {
    const { rows } = await app().db.query<{ id: string; importId: string }>(
      `SELECT c.id, p.import_id AS "importId" FROM candidates c JOIN import_people p ON p.candidate_id = c.id WHERE c.reference = 'ZI-2021-00003'`,
    );
    expect(rows).toHaveLength(1);
    const exported = await download(staff, `/api/candidates/${rows[0].id}/export`);
    expect(exported.status).toBe(200);
    const data = JSON.parse((await unzip(exported.content)).get('gegevens.json')!.toString('utf8'));
    expect(data.import).toEqual(
      expect.objectContaining({
        reference: 'ZI-2021-00003',
        importId: rows[0].importId,
        fileName: expect.any(String),
        fingerprints: expect.objectContaining({ contact: expect.any(String), programmes: [expect.any(String), expect.any(String)] }),
      }),
    );
    const [first, second] = data.programmes as {
      id: string;
      route: string;
      status: string;
      previousProgrammeId: string | null;
      nextProgrammeId: string | null;
    }[];
    expect(data.programmes).toHaveLength(2);
    expect(first).toEqual(expect.objectContaining({ route: 'zij_instroom', status: 'route_switched', previousProgrammeId: null, nextProgrammeId: second.id }));
    expect(second).toEqual(expect.objectContaining({ route: 'duaal', status: 'term_expired', previousProgrammeId: first.id, nextProgrammeId: null }));
    expect(data.programmes.flatMap((programme: { extensions: unknown[] }) => programme.extensions)).toHaveLength(1);
  });

  it('changes nothing when the same file comes again: row counts and audit rows stay as they were', async () => {
    const before = await snapshot();
    const again = await upload(staff.http, await workbookOf(workbook()));
    expect(again.body.counts).toEqual(
      expect.objectContaining({
        people: { create: 0, update: 0, unchanged: 5 },
        placements: 0,
        programmes: 0,
        sessions: 0,
        surveys: 0,
        capacity: { create: 0, update: 0, unchanged: 3 },
      }),
    );
    expect(again.body.changes).toEqual([]);
    await commitAndWait(staff.http, again.body.id);
    expect(await snapshot()).toEqual(before);
  });

  it('updates what a corrected file changed, and says so', async () => {
    const corrected = workbook();
    corrected.candidates![3]['E-mail'] = 'dana.nieuw@example.nl';
    corrected.sessions!.push({ Referentie: 'ZI-2025-00004', Datum: day('2025-11-05'), Minuten: 45, Soort: 'Werkplekbezoek' });
    const checked = await upload(staff.http, await workbookOf(corrected));
    expect(checked.body.counts.people).toEqual({ create: 0, update: 1, unchanged: 4 });
    expect(checked.body.changes).toEqual([
      { reference: 'ZI-2025-00004', action: 'update', changes: ['gegevens van de kandidaat', '1 nieuwe begeleidingsgesprek(ken)'] },
    ]);
    await commitAndWait(staff.http, checked.body.id);
    const dana = await app().db.query(`SELECT email FROM candidates WHERE reference = 'ZI-2025-00004'`);
    expect(dana.rows[0].email).toBe('dana.nieuw@example.nl');
    expect(await count('coaching_sessions')).toBe(4);
  });

  it('refuses an address of an open dossier under another reference (R3): a conflict, not a second dossier', async () => {
    const rows = workbook();
    rows.candidates!.push(
      person('ZI-2026-00009', 'Dana2', fullPath('2025-12-01', '2025-12-02', '2025-12-03', '2025-12-04', '2025-12-05', '2026-01-06'), {
        'E-mail': 'DANA.nieuw@example.nl',
      }),
    );
    rows.candidates![3]['E-mail'] = 'dana.nieuw@example.nl';
    const checked = await upload(staff.http, await workbookOf(rows));
    expect(checked.body.status).toBe('refused');
    expect(checked.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'Kandidaten', row: 7, column: 'E-mail', rule: 'R3', message: expect.stringContaining('ZI-2025-00004') }),
      ]),
    );
    const commit = await staff.http.post(`/api/imports/${checked.body.id}/commit`, {});
    expect(commit.status).toBe(409);
    expect(await count('candidates')).toBe(5);
  });

  // Every route of both controllers (the table fails when a route is missing), for every role outside the central desk.
  const OUTSIDERS = ['coach', 'board', 'institute'] as const;
  const ROUTES: Record<string, (user: TestUser) => Promise<number>> = {
    'GET /api/imports': async (user) => (await user.http.get('/api/imports')).status,
    'GET /api/imports/:id': async (user) => (await user.http.get(`/api/imports/${(await app().db.query(`SELECT id FROM imports LIMIT 1`)).rows[0].id}`)).status,
    'GET /api/imports/template.xlsx': async (user) => (await download(user, '/api/imports/template.xlsx')).status,
    'POST /api/imports': async (user) => (await upload(user.http, await workbookOf({}))).status,
    'POST /api/imports/:id/commit': async (user) =>
      (await user.http.post(`/api/imports/${(await app().db.query(`SELECT id FROM imports LIMIT 1`)).rows[0].id}/commit`, {})).status,
    'GET /api/exports/workbook.xlsx': async (user) => (await download(user, '/api/exports/workbook.xlsx')).status,
  };

  it('covers every route of the import and export controllers in its access table', async () => {
    await expectTableCoversController(
      Object.fromEntries(Object.entries(ROUTES).filter(([route]) => route.includes('/imports'))),
      ImportsController,
      app().baseUrl,
    );
    await expectTableCoversController(
      Object.fromEntries(Object.entries(ROUTES).filter(([route]) => route.includes('/exports'))),
      ExportsController,
      app().baseUrl,
    );
  });

  it.each(tableCells(ROUTES, OUTSIDERS))('%s answers 404 to a %s user (R14)', async (route, role) => {
    const board = role === 'board' ? { boardId: north.boardId } : {};
    const institute = role === 'institute' ? { instituteId: (await createInstitute(app())).id } : {};
    const user = await createUser(app(), role, { ...board, ...institute });
    expect(await ROUTES[route](user)).toBe(404);
  });

  // Last: it moves the clock.
  it('forgets the uploaded files and the problem lists after 30 days, keeping who, when and the counts (R13)', async () => {
    const kept = await app().db.query(`SELECT count(*)::int AS n FROM imports WHERE storage_key IS NOT NULL OR problems <> '[]'::jsonb`);
    expect(kept.rows[0].n).toBeGreaterThan(0);
    const sweep = () => app().worker!.get(JobsProcessor).runSweep(IMPORT_RETENTION_SWEEP);
    const forgetRows = async () => (await app().db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'import' AND action = 'forget'`)).rows[0].n;
    // Within 30 days nothing goes: staff fix the spreadsheet and upload again.
    await sweep();
    expect(await forgetRows()).toBe(0);
    clock.advance(31 * 24 * 3600 * 1000);
    await sweep();
    const left = await app().db.query(`SELECT storage_key, problems, counts IS NOT NULL AS counted, uploaded_by FROM imports`);
    expect(left.rows.every((row) => row.storage_key === null && row.problems.length === 0 && row.counted && row.uploaded_by === staff.id)).toBe(true);
    expect(await filesUnder(join(app().storageDirectory, 'documents'))).toEqual([]);
    const forgotten = await forgetRows();
    expect(forgotten).toBeGreaterThan(0);
    // A second run finds nothing left to forget.
    await sweep();
    expect(await forgetRows()).toBe(forgotten);
  });
});
