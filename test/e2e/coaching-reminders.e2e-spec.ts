import { NORM_WATCH_SWEEP, NO_SESSION_REMINDERS_SWEEP } from '@app/coaching';
import { DROPOUT_REASON_CODES, END_REMINDERS_SWEEP, endReminderDueOn } from '@app/programmes';
import { softLandingEndsOn, softLandingReminderDueOn } from '@app/placements';
import { softLandingDueDaySql, softLandingEndSql } from '../../libs/placements/src/persistence/soft-landing-reminders.repository';
import { FixedClock, addDays, addMonths, calendarDate, type CalendarDate } from '@app/shared';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import { runningProgramme } from '../support/programme-fixtures';
import { caseloads } from '../support/coaching-fixtures';

/**
 * R12's coaching reminders (issue 13): the clock walks from 1 October 2025 to 5 March 2026 a day at
 * a time, both coaching sweeps run each day and the outbox is drained whenever one queued something.
 * P (coach A) gets its sessions as the days come; Q (coach B) drops out on 20 October.
 *
 * - No session for 28 days → the coach, once per gap, counted from the last session: sessions on
 *   10 and 20 October → due 17 November; sessions 5–8 January → due 5 February. A sweep that
 *   counted from the start would send on 29 October; one that did not leave out its claims would
 *   send again the next day (the lookback keeps a reminder due 14 days).
 * - Behind the pro-rata norm (160 h a year of 365 days) by more than 25% → staff, checked on the
 *   monthly dates, once per crossing: 16 h is enough on 1 November (due 14.03 h), behind on
 *   1 December (due 27.18 h; told), still behind on 1 January (not told again), caught up on
 *   1 February (48 h of 54.36 h due), behind again on 1 March (due 66.63 h; told again).
 * Then the route switch keeps the coach (or assigns another when the coach no longer fits), and
 * the reminders 6, 3 and 1 months before the planned end reach the coach beside staff.
 */
describe('coaching reminders (R12): no session for 28 days, behind the norm; the coach of the end reminders and of a route switch', () => {
  const clock = new FixedClock(noonInAmsterdam('2025-10-01'));
  const app = useTestApp({ clock, config: { sessionHours: 24 * 366 * 3, sessionIdleMinutes: 60 * 24 * 366 * 3 } });
  let staff: TestUser[];
  let coachA: TestUser;
  let coachB: TestUser;
  let coachC: TestUser;
  let board: BoardWithSchool;
  let programmeP: string;
  let programmeQ: string;

  const processor = () => app().worker!.get(JobsProcessor);
  const coachOf = async (programmeId: string) => {
    const { rows } = await app().db.query<{ coach_id: string }>(`SELECT coach_id FROM coach_assignments WHERE programme_id = $1 AND ended_at IS NULL`, [
      programmeId,
    ]);
    return rows[0]?.coach_id ?? null;
  };
  const profile = (coach: TestUser, maxCaseload: number) =>
    staff[0].http.post('/api/coaches', { userId: coach.id, regions: ['almere'], maxCaseload, active: true });

  /** The sessions coach A logs on P, on the day they take place. */
  const SESSIONS: Partial<Record<CalendarDate, number>> = {
    ['2025-10-10' as CalendarDate]: 480,
    ['2025-10-20' as CalendarDate]: 480,
    ['2026-01-05' as CalendarDate]: 480,
    ['2026-01-06' as CalendarDate]: 480,
    ['2026-01-07' as CalendarDate]: 480,
    ['2026-01-08' as CalendarDate]: 480,
  };

  async function days(kind: string): Promise<{ subject_id: string; due_key: string; recipient: string; day: string; title: string; body: string }[]> {
    const { rows } = await app().db.query(
      `SELECT subject_id, due_key, recipient, to_char(created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day, title, body
       FROM notifications WHERE kind = $1 ORDER BY created_at, recipient`,
      [kind],
    );
    return rows;
  }

  beforeAll(async () => {
    staff = [await createUser(app(), 'staff'), await createUser(app(), 'staff')];
    [coachA, coachB, coachC] = [await createUser(app(), 'coach'), await createUser(app(), 'coach'), await createUser(app(), 'coach')];
    board = await boardWithSchool(app());
    expect((await profile(coachA, 10)).status).toBe(204);
    programmeP = (await runningProgramme(app(), staff[0].http, board)).programmeId;
    await waitForQuiet(app());
    // B is full after Q, so every later programme goes to A.
    expect((await profile(coachB, 1)).status).toBe(204);
    programmeQ = (await runningProgramme(app(), staff[0].http, board)).programmeId;
    await waitForQuiet(app());
    expect([await coachOf(programmeP), await coachOf(programmeQ)]).toEqual([coachA.id, coachB.id]);
  }, 60_000);

  it("the selections' month arithmetic in SQL is the domain's (end-of-month clamping): due days of the end reminders, monthly checks", async () => {
    const { rows } = await app().db.query<{ day: string; months: number; back: string; forth: string }>(
      `SELECT to_char(d, 'YYYY-MM-DD') AS day, m AS months, to_char((d - make_interval(months => m))::date, 'YYYY-MM-DD') AS back,
         to_char((d + make_interval(months => m))::date, 'YYYY-MM-DD') AS forth
       FROM generate_series('2027-01-01'::date, '2028-12-31'::date, interval '1 day') AS d, unnest(ARRAY[1, 3, 6, 11, 12, 13, 23]) AS m`,
    );
    const differing = rows.filter(
      (row) => row.back !== endReminderDueOn(calendarDate(row.day), row.months) || row.forth !== addMonths(calendarDate(row.day), row.months),
    );
    expect(rows.length).toBeGreaterThan(4000);
    expect(differing).toEqual([]);
  });

  it("the soft-landing sweep's end and due day in SQL are the domain's, for every start day of two years", async () => {
    const { rows } = await app().db.query<{ start: string; ends: string; due: string }>(
      `SELECT to_char(d, 'YYYY-MM-DD') AS start, to_char(${softLandingEndSql('d::date')}, 'YYYY-MM-DD') AS ends,
         to_char(${softLandingDueDaySql('d::date')}, 'YYYY-MM-DD') AS due
       FROM generate_series('2027-01-01'::date, '2028-12-31'::date, interval '1 day') AS d`,
    );
    const differing = rows.filter(
      (row) => row.ends !== softLandingEndsOn(calendarDate(row.start)) || row.due !== softLandingReminderDueOn(calendarDate(row.start)),
    );
    expect(rows.length).toBe(731);
    // 30 November + 3 months clamps to 29 February in a leap year: the soft landing ends the day before.
    expect(rows.find((row) => row.start === '2027-11-30')?.ends).toBe('2028-02-28');
    expect(differing).toEqual([]);
  });

  it('walks from 1 October 2025 to 5 March 2026, day by day', async () => {
    for (let day = calendarDate('2025-10-01'); day <= '2026-03-05'; day = addDays(day, 1)) {
      clock.set(noonInAmsterdam(day));
      const minutes = SESSIONS[day];
      if (minutes) {
        const logged = await coachA.http.post(`/api/programmes/${programmeP}/coaching-sessions`, { date: day, minutes, kind: 'individual' });
        expect(logged.status).toBe(201);
      }
      if (day === '2025-10-20') {
        expect((await staff[0].http.post(`/api/programmes/${programmeQ}/dropout`, { droppedOutOn: day, reason: DROPOUT_REASON_CODES[0] })).status).toBe(200);
      }
      // The reader's progress (progressPerStudyYear) agrees with the sweep's SQL on the check days.
      if (day === '2025-11-01' || day === '2025-12-01') {
        const overview = await staff[0].http.get(`/api/programmes/${programmeP}/coaching`);
        expect((overview.body as { progress: { behind: boolean }[] }).progress[0].behind).toBe(day === '2025-12-01');
      }
      const queued = (await processor().runSweep(NO_SESSION_REMINDERS_SWEEP)) + (await processor().runSweep(NORM_WATCH_SWEEP));
      if (queued > 0) await waitForQuiet(app());
    }
  }, 300_000);

  it('no session for 28 days: the coach, once per gap, on the day the gap reached 28 days', async () => {
    await expectSentOnce(app(), 'coaching_no_session', programmeP, [
      { dueKey: '2025-11-17', recipient: coachA.email },
      { dueKey: '2026-02-05', recipient: coachA.email },
    ]);
    const rows = await days('coaching_no_session');
    expect(rows.map((row) => [row.subject_id, row.day])).toEqual([
      [programmeP, '2025-11-17'],
      [programmeP, '2026-02-05'],
    ]);
    expect(rows[0].title).toMatch(/^Al 28 dagen geen begeleiding: /);
    expect(rows[0].body).toContain('sinds 20 oktober 2025 geen begeleidingssessie vastgelegd');
  });

  it('behind the pro-rata norm by more than 25%: staff, once per crossing, on the monthly check day', async () => {
    await expectSentOnce(app(), 'coaching_behind_norm', programmeP, [
      ...staff.map((user) => ({ dueKey: 'year-1-crossing-1', recipient: user.email })),
      ...staff.map((user) => ({ dueKey: 'year-1-crossing-2', recipient: user.email })),
    ]);
    const rows = await days('coaching_behind_norm');
    expect(rows.map((row) => row.day)).toEqual(['2025-12-01', '2025-12-01', '2026-03-01', '2026-03-01']);
    expect(rows[0].title).toMatch(/^Begeleiding loopt achter op de norm: /);
    expect(rows[0].body).toContain('studiejaar 1 meer dan 25% achter op de begeleidingsnorm: 16 uur vastgelegd');
    const { rows: watch } = await app().db.query(`SELECT study_year, behind, crossings FROM coaching_norm_watch WHERE programme_id = $1`, [programmeP]);
    expect(watch).toEqual([{ study_year: 1, behind: true, crossings: 2 }]);
    // The programme that ended got nothing; a second run of both sweeps queues nothing.
    const { rows: aboutQ } = await app().db.query(`SELECT kind FROM notifications WHERE subject_id = $1 AND kind LIKE 'coaching_%'`, [programmeQ]);
    expect(aboutQ).toEqual([]);
    expect(await processor().runSweep(NO_SESSION_REMINDERS_SWEEP)).toBe(0);
    expect(await processor().runSweep(NORM_WATCH_SWEEP)).toBe(0);
  });

  it('a route switch keeps the coach who still fits, in the unit of work of the switch; else assigns one who fits and frees the place', async () => {
    const kept = (await runningProgramme(app(), staff[0].http, board, { startDate: '2026-03-01', conductCertificateDate: '2026-02-01' })).programmeId;
    await waitForQuiet(app());
    expect(await coachOf(kept)).toBe(coachA.id);
    const switched = await staff[0].http.post(`/api/programmes/${kept}/switch-route`, { route: 'duaal', startDate: '2026-03-05' });
    expect(switched.status).toBe(200);
    const next = (switched.body as { id: string }).id;
    // The assignment job is written with the switch (a switch without it leaves the new programme without a coach).
    const { rows: queued } = await app().db.query(`SELECT 1 FROM outbox_jobs WHERE name = 'coaching.assign-coach' AND payload->>'programmeId' = $1`, [next]);
    expect(queued).toHaveLength(1);
    await waitForQuiet(app());
    expect(await coachOf(next)).toBe(coachA.id);
    expect(await coachOf(kept)).toBeNull();
    const { rows: history } = await app().db.query(
      `SELECT programme_id, to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(until_date, 'YYYY-MM-DD') AS until_date
       FROM coach_assignments WHERE programme_id = ANY($1::uuid[]) ORDER BY from_date`,
      [[kept, next]],
    );
    expect(history).toEqual([
      { programme_id: kept, from_date: '2026-03-01', until_date: '2026-03-04' },
      { programme_id: next, from_date: '2026-03-05', until_date: null },
    ]);

    // Coach A stops taking programmes: the next switch goes to C, and A's place is freed.
    const moved = (await runningProgramme(app(), staff[0].http, board, { startDate: '2026-03-01', conductCertificateDate: '2026-02-01' })).programmeId;
    await waitForQuiet(app());
    expect(await coachOf(moved)).toBe(coachA.id);
    expect((await profile(coachC, 5)).status).toBe(204);
    expect((await staff[0].http.patch(`/api/coaches/${coachA.id}`, { active: false })).status).toBe(204);
    const second = await staff[0].http.post(`/api/programmes/${moved}/switch-route`, { route: 'duaal', startDate: '2026-03-05' });
    expect(second.status).toBe(200);
    await waitForQuiet(app());
    expect(await coachOf((second.body as { id: string }).id)).toBe(coachC.id);
    // Every coach's counter matches their current assignments: no place was lost or taken twice.
    for (const coach of await caseloads(app())) expect(coach.caseload).toBe(coach.current);
    expect((await staff[0].http.patch(`/api/coaches/${coachA.id}`, { active: true })).status).toBe(204);
  });

  it('the reminders 6, 3 and 1 months before the planned end reach the coach beside staff; past the end only staff', async () => {
    for (const day of ['2027-03-30', '2027-06-30', '2027-08-30', '2027-10-01'] as CalendarDate[]) {
      clock.set(noonInAmsterdam(day));
      if ((await processor().runSweep(END_REMINDERS_SWEEP)) > 0) await waitForQuiet(app());
    }
    const coachAndStaff = [coachA, ...staff].map((user) => ({ dueKey: '2027-09-30', recipient: user.email }));
    for (const kind of ['programme_end_in_6_months', 'programme_end_in_3_months', 'programme_end_in_1_month']) {
      await expectSentOnce(app(), kind, programmeP, coachAndStaff);
    }
    await expectSentOnce(
      app(),
      'programme_past_end',
      programmeP,
      staff.map((user) => ({ dueKey: '2027-09-30', recipient: user.email })),
    );
    const [mail] = app()
      .mail.to(coachA.email)
      .filter((message) => (message.subject ?? '').startsWith('Traject eindigt over 6 maanden'));
    expect(mail.text).toContain('eindigt volgens planning op 30 september 2027');
  });
});
