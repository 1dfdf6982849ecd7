import { COACH_ASSIGNMENT_SWEEP } from '@app/coaching';
import { DROPOUT_REASON_CODES } from '@app/programmes';
import { FixedClock } from '@app/shared';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { waitForQuiet } from '../support/quiet';
import { runningProgramme } from '../support/programme-fixtures';

/**
 * Issue 13 items 1–4 through the API: coach profiles, R9's assignment (order, needing a coach with
 * the staff mail and the daily retry, manual reassignment with an override), R14 for coaches, R10's
 * sessions with their edit window, progress against the norm, the at-risk flag, and the audit.
 * The clock stands on 15 March 2026; programmes start 1 October 2025.
 */
describe('coaching: coaches, assignment, sessions, progress, at risk', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const app = useTestApp({ clock });
  let staff: TestUser;
  let coachA: TestUser;
  let coachB: TestUser;
  let coachC: TestUser;
  let board: BoardWithSchool;
  const programmes: string[] = [];

  const coachOf = async (programmeId: string) => {
    const overview = await staff.http.get(`/api/programmes/${programmeId}/coaching`);
    return (overview.body as { coach: { userId: string } | null }).coach?.userId ?? null;
  };
  const sweep = () => app().worker!.get(JobsProcessor).runSweep(COACH_ASSIGNMENT_SWEEP);

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    coachA = await createUser(app(), 'coach');
    coachB = await createUser(app(), 'coach');
    coachC = await createUser(app(), 'coach');
    board = await boardWithSchool(app());
  });

  it('keeps coach profiles: create, list, update; bad input 400 naming the field; not a coach 422; twice 409; coaches may not', async () => {
    expect((await staff.http.post('/api/coaches', { userId: coachA.id, regions: ['almere'], maxCaseload: 2, active: true })).status).toBe(204);
    expect((await staff.http.post('/api/coaches', { userId: coachB.id, regions: ['almere'], maxCaseload: 1, active: true })).status).toBe(204);
    expect((await staff.http.post('/api/coaches', { userId: coachC.id, regions: ['lelystad'], maxCaseload: 5, active: true })).status).toBe(204);
    expectRefusal(await staff.http.post('/api/coaches', { userId: coachA.id, regions: ['almere'], maxCaseload: 2, active: true }), 409);
    expectRefusal(await staff.http.post('/api/coaches', { userId: staff.id, regions: ['almere'], maxCaseload: 2, active: true }), 422, 'userId');
    const bad = await staff.http.post('/api/coaches', { userId: coachA.id, regions: ['zwolle'], maxCaseload: -1, active: 'ja' });
    expectRefusal(bad, 400);
    expect((bad.body as { fields: { field: string }[] }).fields.map((field) => field.field).sort()).toEqual(['active', 'maxCaseload', 'regions']);
    // Other roles get 404 (R14: nobody learns what exists).
    expect((await coachA.http.get('/api/coaches')).status).toBe(404);
    expect((await staff.http.patch(`/api/coaches/${coachC.id}`, { maxCaseload: 6 })).status).toBe(204);
    const listed = await staff.http.get('/api/coaches');
    expect(listed.body).toEqual(expect.arrayContaining([expect.objectContaining({ userId: coachC.id, maxCaseload: 6, regions: ['lelystad'], caseload: 0 })]));
    const audit = await app().db.query(`SELECT action FROM audit_log WHERE entity = 'coach' AND entity_id = $1`, [coachC.id]);
    expect(audit.rows.map((row) => row.action).sort()).toEqual(['create', 'update']);
  });

  it('assigns by R9 on start: the region, below the maximum, the lowest ratio first; none fits → needing a coach, staff mailed once; the daily retry assigns when a place frees up', async () => {
    for (let index = 0; index < 4; index += 1) {
      programmes.push((await runningProgramme(app(), staff.http, board)).programmeId);
      await waitForQuiet(app());
    }
    const [first, second, third, fourth] = await Promise.all(programmes.map(coachOf));
    // The first goes to either (both at 0/max, never assigned); the second to the other (ratio 0 beats 1/x).
    expect(new Set([first, second])).toEqual(new Set([coachA.id, coachB.id]));
    // B is full (1/1); A at 1/2 takes the third. Lelystad's coach C never gets an Almere programme.
    expect(third).toBe(coachA.id);
    expect(fourth).toBeNull();
    const waiting = await staff.http.get('/api/coaching/needing-coach');
    expect((waiting.body as { programme: { id: string } }[]).map((item) => item.programme.id)).toEqual([programmes[3]]);
    const mails = await app().db.query(`SELECT recipient FROM notifications WHERE kind = 'programme_needs_coach' AND subject_id = $1`, [programmes[3]]);
    expect(mails.rows.map((row) => row.recipient)).toContain(staff.email);
    // The retry with no place free changes nothing and mails nobody again.
    await sweep();
    await waitForQuiet(app());
    expect(await coachOf(programmes[3])).toBeNull();
    const again = await app().db.query(`SELECT count(*)::int AS count FROM notifications WHERE kind = 'programme_needs_coach' AND subject_id = $1`, [
      programmes[3],
    ]);
    expect(again.rows[0].count).toBe(mails.rows.length);
    // The first programme ends: the sweep frees its coach's place and assigns the waiting one.
    const dropped = await staff.http.post(`/api/programmes/${programmes[0]}/dropout`, { droppedOutOn: '2026-03-10', reason: DROPOUT_REASON_CODES[0] });
    expect(dropped.status).toBe(200);
    await sweep();
    await waitForQuiet(app());
    expect(await coachOf(programmes[3])).toBe(first);
    expect((await staff.http.get('/api/coaching/needing-coach')).body).toEqual([]);
  });

  it('reassigns by hand: above the maximum only with an override reason; the history is kept and audited', async () => {
    const target = programmes[1];
    const current = await coachOf(target);
    const other = current === coachA.id ? coachB : coachA;
    // Both coaches are at their maximum now.
    expectRefusal(await staff.http.put(`/api/programmes/${target}/coach`, { coachId: other.id }), 409, 'overrideReason');
    expectRefusal(await staff.http.put(`/api/programmes/${target}/coach`, { coachId: coachA.id, overrideReason: 'x'.repeat(501) }), 400, 'overrideReason');
    expect(
      (await staff.http.put(`/api/programmes/${target}/coach`, { coachId: other.id, overrideReason: 'Zelfde school als de vorige kandidaat' })).status,
    ).toBe(204);
    const overview = await staff.http.get(`/api/programmes/${target}/coaching`);
    const history = (overview.body as { history: { coachId: string; fromDate: string; untilDate: string | null; overrideReason: string | null }[] }).history;
    expect(history).toEqual([
      expect.objectContaining({ coachId: current, fromDate: '2025-10-01', untilDate: '2026-03-14', overrideReason: null }),
      expect.objectContaining({ coachId: other.id, fromDate: '2026-03-15', untilDate: null, overrideReason: 'Zelfde school als de vorige kandidaat' }),
    ]);
    const audit = await app().db.query(`SELECT action FROM audit_log WHERE entity = 'coach_assignment' AND actor_id = $1`, [staff.id]);
    expect(audit.rows.map((row) => row.action).sort()).toEqual(['end', 'reassign']);
    // Coaches may not reassign.
    expect((await coachA.http.put(`/api/programmes/${target}/coach`, { coachId: coachA.id })).status).toBe(404);
  });

  it('a coach sees only the programmes currently assigned to them (404 otherwise)', async () => {
    const own = programmes[2];
    expect(await coachOf(own)).toBe(coachA.id);
    expect((await coachA.http.get(`/api/programmes/${own}`)).status).toBe(200);
    expect((await coachA.http.get(`/api/programmes/${own}/coaching`)).status).toBe(200);
    expectRefusal(await coachC.http.get(`/api/programmes/${own}`), 404);
    expectRefusal(await coachC.http.get(`/api/programmes/${own}/coaching`), 404);
    expectRefusal(await coachC.http.post(`/api/programmes/${own}/coaching-sessions`, { date: '2026-03-10', minutes: 60, kind: 'individual' }), 404);
    const listed = (await coachA.http.get('/api/programmes')).body as { id: string }[];
    const assigned = await app().db.query(`SELECT programme_id FROM coach_assignments WHERE coach_id = $1 AND ended_at IS NULL`, [coachA.id]);
    expect(listed.map((programme) => programme.id).sort()).toEqual(assigned.rows.map((row) => row.programme_id).sort());
  });

  it("logs sessions by R10's rules, edits and deletes by the author within 30 days, audited; progress against the pro-rata norm", async () => {
    const own = programmes[2];
    const path = `/api/programmes/${own}/coaching-sessions`;
    expectRefusal(await coachA.http.post(path, { date: '2026-03-16', minutes: 60, kind: 'individual' }), 422, 'date');
    expectRefusal(await coachA.http.post(path, { date: '2025-09-30', minutes: 60, kind: 'individual' }), 422, 'date');
    expectRefusal(await coachA.http.post(path, { date: '2026-03-10', minutes: 14, kind: 'individual' }), 400, 'minutes');
    expectRefusal(await coachA.http.post(path, { date: '2026-03-10', minutes: 481, kind: 'individual' }), 400, 'minutes');
    expectRefusal(await coachA.http.post(path, { date: '2026-03-10', minutes: 60, kind: 'coffee' }), 400, 'kind');
    const logged = await coachA.http.post(path, { date: '2026-03-10', minutes: 90, kind: 'workplace_visit', note: 'Les geobserveerd' });
    expect(logged.status).toBe(201);
    const sessionId = (logged.body as { id: string }).id;

    // The reassigned programme: its former coach was not its coach on a date after the change.
    const moved = programmes[1];
    const formerCoach = (await app().db.query(`SELECT coach_id FROM coach_assignments WHERE programme_id = $1 AND ended_at IS NOT NULL`, [moved])).rows[0]
      .coach_id;
    const newCoach = formerCoach === coachA.id ? coachB : coachA;
    expectRefusal(await newCoach.http.post(`/api/programmes/${moved}/coaching-sessions`, { date: '2026-03-01', minutes: 60, kind: 'individual' }), 422, 'date');
    expect((await newCoach.http.post(`/api/programmes/${moved}/coaching-sessions`, { date: '2026-03-15', minutes: 60, kind: 'individual' })).status).toBe(201);
    // Staff may log on any date inside the programme.
    expect((await staff.http.post(`/api/programmes/${moved}/coaching-sessions`, { date: '2026-03-01', minutes: 30, kind: 'other' })).status).toBe(201);

    // Only the author edits or deletes.
    expect((await staff.http.patch(`${path}/${sessionId}`, { date: '2026-03-10', minutes: 120, kind: 'workplace_visit' })).status).toBe(403);
    expect(
      (await coachA.http.patch(`${path}/${sessionId}`, { date: '2026-03-10', minutes: 120, kind: 'workplace_visit', note: 'Les geobserveerd' })).status,
    ).toBe(204);
    const overview = await coachA.http.get(`/api/programmes/${own}/coaching`);
    const progress = (overview.body as { progress: { studyYear: number; normHours: number; dueHours: number; loggedHours: number; behind: boolean }[] })
      .progress;
    // Year 1 runs 2025-10-01 to 2026-09-30 (365 days); 166 days up to 15 March: 160 h × 166 / 365.
    expect(progress).toEqual([expect.objectContaining({ studyYear: 1, normHours: 160, dueHours: 72.77, loggedHours: 2, behind: true })]);

    // After 30 days the window closes.
    await app().db.query(`UPDATE coaching_sessions SET created_at = created_at - interval '31 days' WHERE id = $1`, [sessionId]);
    expectRefusal(await coachA.http.delete(`${path}/${sessionId}`), 409);
    await app().db.query(`UPDATE coaching_sessions SET created_at = created_at + interval '31 days' WHERE id = $1`, [sessionId]);
    expect((await coachA.http.delete(`${path}/${sessionId}`)).status).toBe(204);
    const audit = await app().db.query(`SELECT action, changed_fields FROM audit_log WHERE entity = 'coaching_session' AND entity_id = $1`, [sessionId]);
    expect(audit.rows.map((row) => row.action).sort()).toEqual(['create', 'delete', 'update']);
    expect(audit.rows.find((row) => row.action === 'update')?.changed_fields).toEqual(['minutes']);
  });

  it('a coach flags a programme at risk and clears it; staff see every flagged programme', async () => {
    const own = programmes[2];
    expectRefusal(await coachA.http.put(`/api/programmes/${own}/risk`, { level: 'urgent', note: '' }), 400);
    expect((await coachA.http.put(`/api/programmes/${own}/risk`, { level: 'high', note: 'Twijfelt over doorgaan' })).status).toBe(204);
    const flagged = (await staff.http.get('/api/coaching/at-risk')).body as { programme: { id: string }; risk: { level: string } }[];
    expect(flagged.map((item) => [item.programme.id, item.risk.level])).toEqual([[own, 'high']]);
    const caseload = (await coachA.http.get('/api/coaching/caseload')).body as { programme: { id: string }; attention: string[] }[];
    expect(caseload.find((item) => item.programme.id === own)?.attention).toEqual(['behind_norm', 'no_recent_session', 'at_risk']);
    expect((await coachA.http.delete(`/api/programmes/${own}/risk`)).status).toBe(204);
    expect((await staff.http.get('/api/coaching/at-risk')).body).toEqual([]);
    const audit = await app().db.query(`SELECT action FROM audit_log WHERE entity = 'programme_risk' AND entity_id = $1 ORDER BY at`, [own]);
    expect(audit.rows.map((row) => row.action).sort()).toEqual(['clear', 'flag']);
  });
});
