import { FixedClock } from '@app/shared';
import { ASSESSMENT_OVERDUE_SWEEP } from '@app/assessment';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { createBoard, createInstitute, createUser, type TestUser } from '../support/factories';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import { amsterdamDate, candidateWithPassedInterview, noonInAmsterdam, plusDays } from '../support/assessment-fixtures';

/**
 * R12: an assessment without outcome 8 weeks (56 days) after its request reminds every active
 * staff user once. Time is moved with a FixedClock shared by API and worker.
 * A naive variant (dueKey = today instead of the fixed due day) fails the "D+60: none more" step.
 */
describe('assessment overdue reminders (R12)', () => {
  const start = new Date();
  const requestDay = amsterdamDate(start);
  const clock = new FixedClock(noonInAmsterdam(requestDay));
  const app = useTestApp({ clock });
  let staffUsers: TestUser[];
  let overdue: { candidateId: string; reference: string; assessmentId: string };
  let completed: { reference: string; assessmentId: string };
  let withdrawn: { reference: string; assessmentId: string };

  beforeAll(async () => {
    const [board, institute] = [await createBoard(app()), await createInstitute(app())];
    staffUsers = [await createUser(app(), 'staff'), await createUser(app(), 'staff')];
    const inactive = await createUser(app(), 'staff');
    await app().db.query(`UPDATE users SET active = false WHERE id = $1`, [inactive.id]);
    const desk = staffUsers[0].http;

    async function request(): Promise<{ candidateId: string; reference: string; assessmentId: string }> {
      const candidate = await candidateWithPassedInterview(app());
      const result = await desk.post(`/api/candidates/${candidate.candidateId}/assessments`, {
        boardId: board.id,
        instituteId: institute.id,
        requestedOn: requestDay,
      });
      if (result.status !== 201) throw new Error(`request refused: ${result.status} ${JSON.stringify(result.body)}`);
      return { candidateId: candidate.candidateId, reference: candidate.reference, assessmentId: result.body.id };
    }

    overdue = await request();
    completed = await request();
    const outcome = await desk.post(`/api/assessments/${completed.assessmentId}/outcome`, {
      outcome: 'suitable',
      decidedOn: requestDay,
      declarationDate: requestDay,
    });
    expect(outcome.status).toBe(200);
    const stopped = await request();
    expect((await desk.post(`/api/candidates/${stopped.candidateId}/withdraw`, { reason: 'Kiest voor een andere baan' })).status).toBe(200);
    withdrawn = stopped;
    expect(await overdueMailsFor(inactive.email)).toHaveLength(0);
  });

  const sweep = () => app().worker!.get(JobsProcessor).runSweep(ASSESSMENT_OVERDUE_SWEEP);
  const moveTo = (days: number) => clock.set(noonInAmsterdam(plusDays(requestDay, days)));

  function overdueMailsFor(email: string, reference = overdue.reference) {
    return Promise.resolve(
      app()
        .mail.to(email)
        .filter((message) => (message.subject ?? '').includes('8 weken') && (message.subject ?? '').includes(reference)),
    );
  }

  async function reminderRows(assessmentId: string): Promise<{ recipient: string; due_key: string; status: string }[]> {
    const { rows } = await app().db.query(
      `SELECT recipient, due_key, status FROM notifications WHERE kind = 'assessment_overdue' AND subject_id = $1 ORDER BY recipient`,
      [assessmentId],
    );
    return rows;
  }

  /** Lets every queued job finish before counting, so "none more" is not a race. */
  const settle = () => waitForQuiet(app());

  /** One sent notifications row per active staff user for the overdue assessment's due day, and no others. */
  const expectRemindedOnce = () =>
    expectSentOnce(
      app(),
      'assessment_overdue',
      overdue.assessmentId,
      staffUsers.map((user) => ({ dueKey: plusDays(requestDay, 56), recipient: user.email })),
    );

  it('day 55: nothing is sent', async () => {
    moveTo(55);
    await sweep();
    await settle();
    expect(await reminderRows(overdue.assessmentId)).toEqual([]);
    for (const user of staffUsers) expect(await overdueMailsFor(user.email)).toHaveLength(0);
  });

  it('day 56: one Dutch mail to every active staff user, kept as notifications with the due day as key', async () => {
    moveTo(56);
    await sweep();
    await app().mail.waitFor(() =>
      staffUsers.every((user) =>
        app()
          .mail.to(user.email)
          .some((message) => (message.subject ?? '').includes(overdue.reference)),
      ),
    );
    for (const user of staffUsers) {
      const mails = await overdueMailsFor(user.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toContain('Geschiktheidsonderzoek na 8 weken nog zonder uitkomst');
      expect(mails[0].text).toContain('heeft na 8 weken nog geen uitkomst');
      expect(mails[0].text).toContain(`/kandidaten/${overdue.candidateId}`);
    }
    const rows = await reminderRows(overdue.assessmentId);
    const dueDay = plusDays(requestDay, 56);
    expect(rows.filter((row) => staffUsers.some((user) => user.email === row.recipient))).toEqual(
      staffUsers
        .map((user) => ({ recipient: user.email, due_key: dueDay, status: 'sent' }))
        .sort((left, right) => left.recipient.localeCompare(right.recipient)),
    );
    await settle();
    await expectRemindedOnce();
  });

  it('a second sweep the same day sends nothing more', async () => {
    await sweep();
    await settle();
    for (const user of staffUsers) expect(await overdueMailsFor(user.email)).toHaveLength(1);
    await expectRemindedOnce();
  });

  it('after stopping and starting the worker, the sweep sends nothing more', async () => {
    await app().stopWorker();
    await app().startWorker();
    await sweep();
    await settle();
    for (const user of staffUsers) expect(await overdueMailsFor(user.email)).toHaveLength(1);
    await expectRemindedOnce();
  });

  it('day 60: still nothing more', async () => {
    moveTo(60);
    await sweep();
    await settle();
    for (const user of staffUsers) expect(await overdueMailsFor(user.email)).toHaveLength(1);
    expect(new Set((await reminderRows(overdue.assessmentId)).map((row) => row.due_key))).toEqual(new Set([plusDays(requestDay, 56)]));
    await expectRemindedOnce();
  });

  it('completed assessments and those of a candidate who withdrew never remind', async () => {
    for (const subject of [completed, withdrawn]) {
      expect(await reminderRows(subject.assessmentId)).toEqual([]);
      for (const user of staffUsers) expect(await overdueMailsFor(user.email, subject.reference)).toHaveLength(0);
    }
  });
});
