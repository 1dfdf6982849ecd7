import { FixedClock, addDays, calendarDate, type CalendarDate } from '@app/shared';
import { END_REMINDERS_SWEEP, TERM_EXPIRY_SWEEP, UITVAL_WATCH_SWEEP, YEAR_ONE_SURVEY_SWEEP } from '@app/programmes';
import { SOFT_LANDING_SWEEP } from '@app/placements';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import { candidatesAtAssessmentPassed, place, programmeBody } from '../support/programme-fixtures';

/**
 * R12 reminders and the survey triggers (issue 13 items 5–7), with the injected clock moved a
 * day at a time through two whole programmes of 24 months, every daily sweep run each day (in
 * the order of their times of day) and the outbox drained whenever one queued something. A and B
 * are placed on 1 September 2025 and start on 1 October 2025 (planned end 30 September 2027); A
 * qualifies on 15 September 2027, B runs past its end and its term expires. Each reminder must be
 * sent exactly once, to the right people, in Dutch, on its due day: a sweep that did not leave out
 * what it claimed would send again the next day (the lookback keeps a reminder due 14 days); a
 * wrong due day fails the day check; a reminder to the qualified A fails the recipient lists.
 */
describe('reminders and survey triggers through a whole programme (R12)', () => {
  const clock = new FixedClock(noonInAmsterdam('2025-08-25'));
  const app = useTestApp({ clock, config: { sessionHours: 24 * 366 * 3, sessionIdleMinutes: 60 * 24 * 366 * 3 } });
  let staff: TestUser[];
  let boardUsers: TestUser[];
  let otherBoardUser: TestUser;
  let board: BoardWithSchool;
  const programmes = new Map<'A' | 'B', { candidateId: string; programmeId: string; placementId: string; email: string }>();

  const processor = () => app().worker!.get(JobsProcessor);
  /** The daily sweeps in the order of their times of day (00:45, 01:15, 01:30, 07:00, 09:00). */
  const DAILY = [END_REMINDERS_SWEEP, TERM_EXPIRY_SWEEP, UITVAL_WATCH_SWEEP, SOFT_LANDING_SWEEP, YEAR_ONE_SURVEY_SWEEP];

  async function runDay(day: CalendarDate): Promise<void> {
    clock.set(noonInAmsterdam(day));
    let queued = 0;
    for (const sweep of DAILY) queued += await processor().runSweep(sweep);
    if (queued > 0) await waitForQuiet(app());
  }

  async function notificationDays(
    kind: string,
  ): Promise<{ subject_id: string; due_key: string; recipient: string; day: string; title: string; body: string }[]> {
    const { rows } = await app().db.query(
      `SELECT subject_id, due_key, recipient, to_char(created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day, title, body
       FROM notifications WHERE kind = $1 ORDER BY subject_id, recipient`,
      [kind],
    );
    return rows;
  }

  beforeAll(async () => {
    staff = [await createUser(app(), 'staff'), await createUser(app(), 'staff')];
    board = await boardWithSchool(app());
    const other = await boardWithSchool(app());
    boardUsers = [board.user, await createUser(app(), 'board', { boardId: board.boardId })];
    otherBoardUser = other.user;
    const desk = staff[0].http;
    for (const name of ['A', 'B'] as const) {
      const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
      const placementId = await place(desk, candidateId, board, '2025-09-01');
      const { rows } = await app().db.query<{ email: string }>(`SELECT email FROM candidates WHERE id = $1`, [candidateId]);
      programmes.set(name, { candidateId, programmeId: '', placementId, email: rows[0].email });
    }
    await waitForQuiet(app());
  }, 60_000);

  it('walks from 25 August 2025 to 31 October 2027, day by day', async () => {
    const desk = staff[0].http;
    for (let day = calendarDate('2025-08-25'); day <= '2027-10-31'; day = addDays(day, 1)) {
      if (day === '2025-10-01') {
        for (const name of ['A', 'B'] as const) {
          const programme = programmes.get(name)!;
          const started = await desk.post('/api/programmes', programmeBody(programme.candidateId, { startDate: day, conductCertificateDate: '2025-09-01' }));
          expect(started.status).toBe(201);
          programme.programmeId = started.body.id;
        }
      }
      await runDay(day);
      if (day === '2027-09-15') {
        const qualified = await desk.post(`/api/programmes/${programmes.get('A')!.programmeId}/qualify`, { qualifiedOn: day });
        expect(qualified.status).toBe(200);
        await waitForQuiet(app());
      }
    }
  }, 300_000);

  it('soft landing ends in 14 days: the board of the placement, once, on 16 November 2025', async () => {
    for (const name of ['A', 'B'] as const) {
      const { placementId } = programmes.get(name)!;
      await expectSentOnce(
        app(),
        'soft_landing_ends',
        placementId,
        boardUsers.map((user) => ({ dueKey: '2025-11-30', recipient: user.email })),
      );
    }
    const rows = await notificationDays('soft_landing_ends');
    expect(rows.map((row) => row.day)).toEqual(rows.map(() => '2025-11-16'));
    expect(rows.map((row) => row.recipient)).not.toContain(otherBoardUser.email);
    const [mail] = app()
      .mail.to(boardUsers[0].email)
      .filter((message) => (message.subject ?? '').startsWith('Zachte landing eindigt over 14 dagen'));
    expect(mail.text).toContain('eindigt op 30 november 2025, over 14 dagen');
  });

  it('planned end in 6, 3 and 1 months without qualification: staff, once each, on the due day', async () => {
    const cases = [
      ['programme_end_in_6_months', '2027-03-30', 'over 6 maanden'],
      ['programme_end_in_3_months', '2027-06-30', 'over 3 maanden'],
      ['programme_end_in_1_month', '2027-08-30', 'over 1 maand'],
    ] as const;
    for (const [kind, dueDay, words] of cases) {
      for (const name of ['A', 'B'] as const) {
        await expectSentOnce(
          app(),
          kind,
          programmes.get(name)!.programmeId,
          staff.map((user) => ({ dueKey: '2027-09-30', recipient: user.email })),
        );
      }
      const rows = await notificationDays(kind);
      expect(rows.map((row) => row.day)).toEqual(rows.map(() => dueDay));
      expect(rows[0].title).toContain(`Traject eindigt ${words}`);
      expect(rows[0].body).toContain('eindigt volgens planning op 30 september 2027');
    }
  });

  it('past the end: staff, once, only about the programme that did not qualify', async () => {
    await expectSentOnce(
      app(),
      'programme_past_end',
      programmes.get('B')!.programmeId,
      staff.map((user) => ({ dueKey: '2027-09-30', recipient: user.email })),
    );
    const rows = await notificationDays('programme_past_end');
    expect(rows).toHaveLength(staff.length);
    expect(rows.map((row) => row.day)).toEqual(rows.map(() => '2027-10-01'));
    expect(rows[0].title).toContain('Einddatum verstreken zonder bevoegdheid');
  });

  it('satisfaction survey: at the end of study year 1 (both) and on qualification (A), once each, to the candidate', async () => {
    const { rows } = await app().db.query<{ programme_id: string; occasion: string; due_on: string; day: string }>(
      `SELECT programme_id, occasion, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day
       FROM satisfaction_surveys ORDER BY programme_id, occasion`,
    );
    const a = programmes.get('A')!;
    const b = programmes.get('B')!;
    const expected = [
      { programme_id: a.programmeId, occasion: 'end_of_year_1', due_on: '2026-10-01', day: '2026-10-01' },
      { programme_id: a.programmeId, occasion: 'qualification', due_on: '2027-09-15', day: '2027-09-15' },
      { programme_id: b.programmeId, occasion: 'end_of_year_1', due_on: '2026-10-01', day: '2026-10-01' },
    ];
    const order = (left: { programme_id: string; occasion: string }, right: { programme_id: string; occasion: string }) =>
      left.programme_id.localeCompare(right.programme_id) || left.occasion.localeCompare(right.occasion);
    expect(rows.sort(order)).toEqual(expected.sort(order));
    expect(
      app()
        .mail.to(a.email)
        .filter((message) => (message.subject ?? '').toLowerCase().includes('enquête')),
    ).toHaveLength(2);
    expect(
      app()
        .mail.to(b.email)
        .filter((message) => (message.subject ?? '').toLowerCase().includes('enquête')),
    ).toHaveLength(1);
  });

  it('uitval watch: when B expires the cohort reaches 50%: staff are told once', async () => {
    const { rows } = await app().db.query<{ id: string; reached: boolean; crossings: number }>(
      `SELECT id, reached, crossings FROM uitval_alerts WHERE cohort = '2025-2026'`,
    );
    expect(rows).toEqual([{ id: expect.any(String), reached: true, crossings: 1 }]);
    await expectSentOnce(
      app(),
      'uitval_threshold_reached',
      rows[0].id,
      staff.map((user) => ({ dueKey: 'crossing-1', recipient: user.email })),
    );
    const [alert] = await notificationDays('uitval_threshold_reached');
    expect(alert.day).toBe('2027-10-01');
    expect(alert.title).toBe('Uitval cohort 2025-2026 bereikt 10,0%');
    expect(alert.body).toContain('50,0% (1 van 2 gestarte deelnemers)');
  });

  it('nothing else was sent about the programmes, and a second run of every sweep queues nothing', async () => {
    const { rows } = await app().db.query<{ kind: string; count: number }>(
      `SELECT kind, count(*)::int AS count FROM notifications WHERE kind NOT IN ('application_confirmation', 'new_application') GROUP BY kind ORDER BY kind`,
    );
    expect(Object.fromEntries(rows.map((row) => [row.kind, row.count]))).toEqual({
      programme_end_in_1_month: 4,
      programme_end_in_3_months: 4,
      programme_end_in_6_months: 4,
      // No coach profiles in this test: each started programme tells the two staff members once (R9).
      programme_needs_coach: 4,
      programme_past_end: 2,
      programme_term_expired: 2,
      satisfaction_survey: 3,
      soft_landing_ends: 4,
      uitval_threshold_reached: 2,
    });
    for (const sweep of DAILY) expect(await processor().runSweep(sweep)).toBe(0);
  });
});
