import { FixedClock } from '@app/shared';
import { RETENTION_SWEEP } from '@app/privacy';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { waitForQuiet } from '../support/quiet';
import { candidatesAtAssessmentPassed, place, programmeBody } from '../support/programme-fixtures';

/**
 * R13 for programme participants (issue 13 item 8): kept RETENTION_PROGRAMME_YEARS (default 4)
 * after their last programme ends, then erased by the retention sweep, survey comments included
 * (the score stays for the report). D dropped out on 10 January 2026 (erased from 11 January
 * 2030), Q qualified on 1 March 2026 (erased from 2 March 2030), R switched route on 1 March 2026
 * and still runs on the new route: never erased. A selection without the "none running" condition
 * erases R; one a day early fails the 1 March check. Coaching's notes about D (sessions, at-risk)
 * are emptied with D; an ErasureService without CoachingPersonalData leaves them.
 */
describe('retention: programme participants (R13)', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const app = useTestApp({ clock, config: { sessionHours: 24 * 366 * 5, sessionIdleMinutes: 60 * 24 * 366 * 5 } });
  let staff: TestUser;
  let board: BoardWithSchool;
  const ids = new Map<'D' | 'Q' | 'R', { candidateId: string; programmeId: string }>();

  const sweep = () => app().worker!.get(JobsProcessor).runSweep(RETENTION_SWEEP);
  const erased = async (): Promise<string[]> =>
    (await app().db.query<{ id: string }>(`SELECT id FROM candidates WHERE erased_at IS NOT NULL`)).rows.map((row) => row.id);

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    board = await boardWithSchool(app());
    for (const name of ['D', 'Q', 'R'] as const) {
      const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
      await place(staff.http, candidateId, board, '2025-09-01');
      const started = await staff.http.post('/api/programmes', programmeBody(candidateId, { startDate: '2025-10-01', conductCertificateDate: '2025-09-01' }));
      expect(started.status).toBe(201);
      ids.set(name, { candidateId, programmeId: started.body.id });
    }
    // Coaching keeps free text about D and R: session notes and an at-risk note (R13: they go, the minutes and dates stay).
    for (const name of ['D', 'R'] as const) {
      const path = `/api/programmes/${ids.get(name)!.programmeId}`;
      for (const [date, minutes] of [
        ['2025-10-15', 90],
        ['2025-12-03', 60],
      ] as const) {
        const logged = await staff.http.post(`${path}/coaching-sessions`, { date, minutes, kind: 'individual', note: `Gesprek met ${name} over de klas` });
        expect(logged.status).toBe(201);
      }
      expect((await staff.http.put(`${path}/risk`, { level: 'medium', note: `${name} twijfelt over doorgaan` })).status).toBe(204);
    }
    const outcomes = await Promise.all([
      staff.http.post(`/api/programmes/${ids.get('D')!.programmeId}/dropout`, { droppedOutOn: '2026-01-10', reason: 'personal_circumstances' }),
      staff.http.post(`/api/programmes/${ids.get('Q')!.programmeId}/qualify`, { qualifiedOn: '2026-03-01' }),
      staff.http.post(`/api/programmes/${ids.get('R')!.programmeId}/switch-route`, { route: 'duaal', startDate: '2026-03-01' }),
    ]);
    for (const outcome of outcomes) expect(outcome.status).toBe(200);
    await waitForQuiet(app());
    // Q answered the survey of the qualification, with a comment.
    const answered = await app().db.query(
      `UPDATE satisfaction_surveys SET score = 8, comment = 'Mijn coach hielp mij enorm', answered_at = now() WHERE candidate_id = $1 RETURNING id`,
      [ids.get('Q')!.candidateId],
    );
    expect(answered.rowCount).toBe(1);
  });

  it('keeps everyone through the fourth year after the end', async () => {
    clock.set(noonInAmsterdam('2030-01-10'));
    expect(await sweep()).toBe(0);
    expect(await erased()).toEqual([]);
  });

  it('erases D the day after the term, and only D', async () => {
    clock.set(noonInAmsterdam('2030-01-11'));
    expect(await sweep()).toBe(1);
    expect(await erased()).toEqual([ids.get('D')!.candidateId]);
    clock.set(noonInAmsterdam('2030-03-01'));
    expect(await sweep()).toBe(0);
  });

  it("erases D's coaching notes and the messages about the programme; the sessions' dates, minutes and kinds and the flag's level stay; R's stay whole", async () => {
    const sessions = async (name: 'D' | 'R') =>
      (
        await app().db.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, minutes, kind, note FROM coaching_sessions WHERE programme_id = $1 ORDER BY date`, [
          ids.get(name)!.programmeId,
        ])
      ).rows;
    expect(await sessions('D')).toEqual([
      { date: '2025-10-15', minutes: 90, kind: 'individual', note: '' },
      { date: '2025-12-03', minutes: 60, kind: 'individual', note: '' },
    ]);
    expect((await sessions('R')).map((row) => row.note)).toEqual(['Gesprek met R over de klas', 'Gesprek met R over de klas']);
    const flags = await app().db.query(`SELECT programme_id, level, note FROM programme_risk_flags WHERE programme_id = ANY($1::uuid[])`, [
      [ids.get('D')!.programmeId, ids.get('R')!.programmeId],
    ]);
    expect(flags.rows).toEqual(
      expect.arrayContaining([
        { programme_id: ids.get('D')!.programmeId, level: 'medium', note: '' },
        { programme_id: ids.get('R')!.programmeId, level: 'medium', note: 'R twijfelt over doorgaan' },
      ]),
    );
    const audit = await app().db.query<{ entity: string; changed_fields: string[] }>(
      `SELECT entity, changed_fields FROM audit_log WHERE action = 'erase' AND entity IN ('coaching_session', 'programme_risk') ORDER BY entity`,
    );
    expect(audit.rows).toEqual([
      { entity: 'coaching_session', changed_fields: ['note'] },
      { entity: 'coaching_session', changed_fields: ['note'] },
      { entity: 'programme_risk', changed_fields: ['note'] },
    ]);
    // The staff mail about D's programme (no coach fits: it names the candidate) is emptied; R's is kept.
    const kept = await app().db.query<{ subject_id: string; title: string }>(
      `SELECT subject_id, title FROM notifications WHERE kind = 'programme_needs_coach'`,
    );
    const aboutD = kept.rows.filter((row) => row.subject_id === ids.get('D')!.programmeId);
    expect(aboutD.length).toBeGreaterThan(0);
    expect(aboutD.map((row) => row.title)).toEqual(aboutD.map(() => ''));
    expect(kept.rows.find((row) => row.subject_id === ids.get('R')!.programmeId)?.title).toMatch(/^Geen coach beschikbaar/);
  });

  it('erases Q on 2 March 2030 with the survey comment (the score stays); R, still running, never', async () => {
    clock.set(noonInAmsterdam('2030-03-02'));
    expect(await sweep()).toBe(1);
    expect((await erased()).sort()).toEqual([ids.get('D')!.candidateId, ids.get('Q')!.candidateId].sort());
    const { rows } = await app().db.query(`SELECT score, comment FROM satisfaction_surveys WHERE candidate_id = $1`, [ids.get('Q')!.candidateId]);
    expect(rows).toEqual([{ score: 8, comment: null }]);
    const audit = await app().db.query(`SELECT changed_fields FROM audit_log WHERE entity = 'satisfaction_survey' AND action = 'erase'`);
    expect(audit.rows).toEqual([{ changed_fields: ['comment'] }]);
    clock.set(noonInAmsterdam('2040-01-01'));
    expect(await sweep()).toBe(0);
    expect(await erased()).not.toContain(ids.get('R')!.candidateId);
  });
});
