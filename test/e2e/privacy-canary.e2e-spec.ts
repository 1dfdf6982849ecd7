import { Redis } from 'ioredis';
import { useFaultRig } from '../support/fault-rig';
import { HttpClient } from '../support/http-client';
import { applicationFields, applicationForm } from '../support/factories';
import { waitUntil } from '../support/private-redis';

/** Canary personal data: if any of it shows up in a log line or in Redis, something leaks. */
const CANARY = { firstName: 'Kanarievogel', lastName: 'Zangmeesterij', email: 'kanarie.zangmeester@example.nl', phone: '06 97 53 11 86' };
const REFUSED = { firstName: 'Merelzanger', lastName: 'Lijsterbes', email: 'merel.lijsterbes@example.nl', phone: '06 86 42 00 97' };
const NEEDLES = [
  CANARY.firstName,
  CANARY.lastName,
  CANARY.email,
  'kanarie.zangmeester',
  REFUSED.firstName,
  REFUSED.lastName,
  REFUSED.email,
  'merel.lijsterbes',
];

/**
 * Issue 10, item 6 (privacy): personal data travels through every mail path — the confirmation and
 * the desk's mail, a relay that refuses the address, an interview
 * invitation and its cancellation with their calendar parts — with the API and the worker logging
 * at info level as in production. Afterwards neither any log line of either process nor any Redis
 * key or value holds a trace of it: the queue carries ids, failures keep error codes. (Shown to
 * fail when the refused-recipient warning names the address, as relay errors quoted it before.)
 */
describe('no personal data in logs or Redis', () => {
  const rig = useFaultRig();

  it('leaves no trace of the canary in any log line, Redis key or Redis value', async () => {
    const anonymous = new HttpClient(rig().apiUrl);
    const adminToken = (await anonymous.post('/api/auth/login', { email: rig().env().ADMIN_EMAIL, password: rig().env().ADMIN_PASSWORD })).body.accessToken;
    const admin = anonymous.withToken(adminToken);
    const staffPassword = 'privacy-staff-wachtwoord-1';
    const staffUser = (await admin.post('/api/users', { email: 'privacy.balie@flevowijs.nl', name: 'Balie Privacy', role: 'staff', password: staffPassword }))
      .body;
    const board = (await admin.post('/api/boards', { name: 'Stichting Privacytoets', region: 'almere', joinedAt: '2024-08-01' })).body;
    const boardUser = (
      await admin.post('/api/users', {
        email: 'privacy.bestuur@flevowijs.nl',
        name: 'Bestuur Privacy',
        role: 'board',
        boardId: board.id,
        password: 'privacy-board-1x',
      })
    ).body;
    const desk = anonymous.withToken(
      (await anonymous.post('/api/auth/login', { email: 'privacy.balie@flevowijs.nl', password: staffPassword })).body.accessToken as string,
    );

    rig().mail.refuse(REFUSED.email);
    const applied = await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields(CANARY) }));
    const refused = await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields(REFUSED) }));
    // A second form from the canary's address: the already-open mail (R3) is a mail path too.
    const duplicate = await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields(CANARY) }));
    expect([applied.status, refused.status, duplicate.status]).toEqual([202, 202, 202]);
    const [{ id: candidateId }] = await rig().query<{ id: string }>(`SELECT id FROM candidates WHERE email = $1`, [CANARY.email]);

    expect((await desk.post(`/api/candidates/${candidateId}/screening`, {})).status).toBe(200);
    const interview = await desk.post(`/api/candidates/${candidateId}/interviews`, {
      startsAt: '2027-03-25T10:00',
      location: 'Flevowijs, Stationsplein 1, Almere',
      staffUserIds: [staffUser.id],
      boards: [{ boardId: board.id, representativeUserId: boardUser.id }],
    });
    expect(interview.status).toBe(201);
    // The invitation is out before the cancellation: an invitation job that runs after the cancel is
    // skipped (the interview is no longer planned), which under load once left the canary without it.
    await rig().mail.waitFor(() => rig().mail.to(CANARY.email).length >= 3, 120_000);
    const cancelled = await desk.post(`/api/interviews/${interview.body.id}/cancel`, { reason: 'De kandidaat is verhinderd.' });
    expect(cancelled.status).toBe(200);

    // Every path went through: confirmation, already-open mail, invitation and cancellation to the canary; the refused address marked refused.
    // Generous: this runs beside the fault suites, which keep both cores busy.
    await rig().mail.waitFor(() => rig().mail.to(CANARY.email).length >= 4, 120_000);
    await waitUntil(async () => (await rig().query(`SELECT 1 FROM outbox_jobs WHERE status = 'pending'`)).length === 0, 'the outbox drained', 60_000);
    expect((await rig().query(`SELECT status FROM notifications WHERE recipient = $1`, [REFUSED.email])).map((row) => row.status)).toContain('refused');

    const logLines = [...(rig().api?.logLines ?? []), ...rig().workers.flatMap((worker) => worker.logLines)];
    expect(logLines.length).toBeGreaterThan(20); // the processes did log (requests, jobs)
    expect(NEEDLES.filter((needle) => logLines.some((line) => line.toLowerCase().includes(needle.toLowerCase())))).toEqual([]);

    const redisText = await dumpRedis(rig().redis.url);
    expect(redisText.length).toBeGreaterThan(1000); // the queue's keys are there to be searched
    expect(NEEDLES.filter((needle) => redisText.toLowerCase().includes(needle.toLowerCase()))).toEqual([]);
  }, 300_000);
});

/** Every key and value in Redis as text, whatever its type. */
async function dumpRedis(url: string): Promise<string> {
  const redis = new Redis(url);
  try {
    const parts: string[] = [];
    for (const key of await redis.keys('*')) {
      parts.push(key);
      const type = await redis.type(key);
      if (type === 'string') parts.push((await redis.get(key)) ?? '');
      else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
      else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, 0, -1, 'WITHSCORES')));
      else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    }
    return parts.join('\n');
  } finally {
    redis.disconnect();
  }
}
