import { FixedClock, SYSTEM_ACTOR } from '@app/shared';
import { APPLICATIONS_WAITING_SWEEP, CandidateStageService } from '@app/candidates';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { apply, createUser, type TestUser } from '../support/factories';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import { noonInAmsterdam } from '../support/assessment-fixtures';

/**
 * R12 (issue 13, item 5): applications waiting in applied or screening over 5 working days → one
 * digest a day to every active staff user. Dutch public holidays are not working days: applied on
 * Friday 24 April 2026, Koningsdag (Monday 27 April) does not count, so the 5 working days are
 * 28, 29, 30 April, 1 and 4 May, and the first digest goes on Tuesday 5 May. A naive count that
 * took Koningsdag for a working day mails on Monday 4 May, and fails the first test; a due key
 * other than the day (e.g. `once`) fails the Wednesday test; one per run the second-run test.
 */
describe('applications waiting over 5 working days: the daily digest (R12)', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-04-24'));
  const app = useTestApp({ clock });
  let staff: TestUser[];
  let waiting: { candidateId: string; reference: string }[];
  let rejected: { candidateId: string; reference: string };
  let later: { reference: string };

  const sweep = () => app().worker!.get(JobsProcessor).runSweep(APPLICATIONS_WAITING_SWEEP);
  const moveTo = (date: string) => clock.set(noonInAmsterdam(date));
  const digests = (email: string) =>
    app()
      .mail.to(email)
      .filter((message) => (message.subject ?? '').includes('langer dan 5 werkdagen'));
  async function digestRows(): Promise<{ subject_id: string; due_key: string; recipient: string }[]> {
    const { rows } = await app().db.query(
      `SELECT subject_id, due_key, recipient FROM notifications WHERE kind = 'applications_waiting' ORDER BY due_key, recipient`,
    );
    return rows;
  }
  const expectDigestDays = async (days: string[]) => {
    for (const user of staff)
      await expectSentOnce(
        app(),
        'applications_waiting',
        user.id,
        days.map((dueKey) => ({ dueKey, recipient: user.email })),
      );
  };

  beforeAll(async () => {
    staff = [await createUser(app(), 'staff'), await createUser(app(), 'staff')];
    const stages = app().api.get(CandidateStageService);
    const applied = await apply(app(), { firstName: 'Anouk', lastName: 'Wachters' });
    const screened = await apply(app(), { firstName: 'Bram', lastName: 'Screening' });
    await stages.change(SYSTEM_ACTOR, screened.candidateId, 'screening', null);
    rejected = await apply(app());
    await stages.change(SYSTEM_ACTOR, rejected.candidateId, 'reject', 'Geen passende vooropleiding');
    waiting = [applied, screened];
    moveTo('2026-04-28');
    later = await apply(app());
    await waitForQuiet(app());
  });

  it('Monday 4 May (5 working days, Koningsdag not counted): no digest', async () => {
    moveTo('2026-05-04');
    expect(await sweep()).toBe(0);
    await waitForQuiet(app());
    expect(await digestRows()).toEqual([]);
    for (const user of staff) expect(digests(user.email)).toHaveLength(0);
  });

  it('Tuesday 5 May: one Dutch digest to every staff user with reference, name and waiting days, linking to the list', async () => {
    moveTo('2026-05-05');
    expect(await sweep()).toBe(staff.length);
    await app().mail.waitFor(() => staff.every((user) => digests(user.email).length === 1));
    for (const user of staff) {
      const [mail] = digests(user.email);
      expect(mail.subject).toBe('2 aanmeldingen wachten langer dan 5 werkdagen');
      expect(mail.text).toContain(`- ${waiting[0].reference} · Anouk Wachters · 6 werkdagen (aangemeld)`);
      expect(mail.text).toContain(`- ${waiting[1].reference} · Bram Screening · 6 werkdagen (in screening)`);
      expect(mail.text).toContain('dinsdag 5 mei 2026');
      expect(mail.text).toContain('http://localhost:3000/kandidaten');
      expect(mail.text).not.toContain(rejected.reference);
      expect(mail.text).not.toContain(later.reference);
    }
    await waitForQuiet(app());
    await expectDigestDays(['2026-05-05']);
  });

  it('a second run the same day sends nothing more', async () => {
    expect(await sweep()).toBe(0);
    await waitForQuiet(app());
    for (const user of staff) expect(digests(user.email)).toHaveLength(1);
    await expectDigestDays(['2026-05-05']);
  });

  it('the next day brings the next digest, again once, now with the application of 28 April too', async () => {
    moveTo('2026-05-06');
    expect(await sweep()).toBe(staff.length);
    expect(await sweep()).toBe(0);
    await app().mail.waitFor(() => staff.every((user) => digests(user.email).length === 2));
    await waitForQuiet(app());
    for (const user of staff) {
      expect(digests(user.email)).toHaveLength(2);
      const latest = digests(user.email)[1];
      expect(latest.subject).toBe('3 aanmeldingen wachten langer dan 5 werkdagen');
      expect(latest.text).toContain(`- ${later.reference} `);
      expect(latest.text).toContain(`- ${waiting[0].reference} · Anouk Wachters · 7 werkdagen (aangemeld)`);
    }
    await expectDigestDays(['2026-05-05', '2026-05-06']);
  });

  it('no digest on a Saturday, and none when nobody waits any more', async () => {
    moveTo('2026-05-09');
    expect(await sweep()).toBe(0);
    const stages = app().api.get(CandidateStageService);
    await stages.change(SYSTEM_ACTOR, waiting[0].candidateId, 'withdraw', 'Kiest voor een andere baan');
    await stages.change(SYSTEM_ACTOR, waiting[1].candidateId, 'reject', 'Geen passende vooropleiding');
    const { rows } = await app().db.query<{ id: string }>(`SELECT id FROM candidates WHERE reference = $1`, [later.reference]);
    await stages.change(SYSTEM_ACTOR, rows[0].id, 'screening', null);
    await stages.change(SYSTEM_ACTOR, rows[0].id, 'reject', 'Geen passende vooropleiding');
    moveTo('2026-05-11');
    expect(await sweep()).toBe(0);
    await waitForQuiet(app());
    for (const user of staff) expect(digests(user.email)).toHaveLength(2);
    await expectDigestDays(['2026-05-05', '2026-05-06']);
  });
});
