import type { Queue } from 'bullmq';
import { createJobsQueue, type OutboxJobData } from '@app/infra';
import type { TestApp } from './test-app';

const DEFAULT_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

interface OpenOutboxRow {
  name: string;
  attempts: number;
  last_error_code: string | null;
}

/** What still moves: outbox rows due and not done, and queue jobs not finished (sweep schedules aside). */
interface Activity {
  outbox: OpenOutboxRow[];
  queue: Record<string, number>;
  queueError?: string;
}

function isQuiet(activity: Activity): boolean {
  return activity.outbox.length === 0 && activity.queueError === undefined && Object.values(activity.queue).every((count) => count === 0);
}

function describe(activity: Activity): string {
  const rows = activity.outbox.map((row) => `${row.name} (attempts ${row.attempts}${row.last_error_code ? `, last error: ${row.last_error_code}` : ''})`);
  const queue = activity.queueError ? `queue unreadable: ${activity.queueError}` : `queue ${JSON.stringify(activity.queue)}`;
  return `${activity.outbox.length} open outbox row(s)${rows.length ? `: ${rows.slice(0, 5).join('; ')}` : ''}; ${queue}`;
}

/** The app's queue, as its producer and worker see it (same backend, name and prefix); one per test app. */
const queues = new WeakMap<TestApp, Queue<OutboxJobData>>();

function queueOf(app: TestApp): Queue<OutboxJobData> {
  let queue = queues.get(app);
  if (!queue) {
    // createJobsQueue returns a full BullMQ Queue on either backend; its type shows only what the producer needs.
    queue = createJobsQueue(app.config) as unknown as Queue<OutboxJobData>;
    queues.set(app, queue);
  }
  return queue;
}

/** Closes the queue connection waitForQuiet opened for `app`; test-app.ts calls it on close. */
export async function closeQuietQueue(app: TestApp): Promise<void> {
  const queue = queues.get(app);
  queues.delete(app);
  await queue?.close().catch(() => undefined);
}

/** The state of one queue job (`waiting`, `active`, `completed`, …, or `unknown`), read through the app's queue. */
export async function queueJobState(app: TestApp, jobId: string): Promise<string> {
  return queueOf(app).getJobState(jobId);
}

async function queueActivity(app: TestApp): Promise<Pick<Activity, 'queue' | 'queueError'>> {
  try {
    const queue = queueOf(app);
    const counts = await queue.getJobCounts('active', 'waiting', 'prioritized', 'delayed');
    if (counts.delayed > 0) {
      // A sweep's job scheduler always holds its next run as a delayed job (id `repeat:…`): that is not work in flight.
      const delayed = await queue.getJobs(['delayed']);
      counts.delayed = delayed.filter((job) => !String(job?.id ?? '').startsWith('repeat:')).length;
    }
    return { queue: counts };
  } catch (error) {
    return { queue: {}, queueError: (error as Error).message };
  }
}

async function activity(app: TestApp): Promise<Activity> {
  // Queue first, then the outbox: a job that was active at the first look has committed any job it
  // causes before it completes, so that new row is seen by the second look.
  const queue = await queueActivity(app);
  const { rows } = await app.db.query<OpenOutboxRow>(
    `SELECT name, attempts, last_error_code FROM outbox_jobs
     WHERE status = 'pending' AND next_attempt_at <= COALESCE($1::timestamptz, now())
     ORDER BY next_attempt_at`,
    [app.clock?.now() ?? null],
  );
  return { ...queue, outbox: rows };
}

/**
 * Waits until the app has no work in flight: no outbox row that is due (by the app's clock) and not
 * completed, and no queue job active, waiting or delayed. Then every mail the work so far causes has
 * been handed to the SMTP listener, so "nothing more was sent" can be asserted without a sleep.
 * The worker must be running. Fails after `timeoutMs` naming what is still open.
 */
export async function waitForQuiet(app: TestApp, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await activity(app);
    if (isQuiet(now)) return;
    if (Date.now() > deadline) {
      throw new Error(`waitForQuiet: still busy after ${timeoutMs} ms: ${describe(now)}${app.worker ? '' : ' (no worker is running)'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Ids of the app's queue jobs (any state) that start with `prefix`. */
export async function queueJobIds(app: TestApp, prefix: string): Promise<string[]> {
  const jobs = await queueOf(app).getJobs(['completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized']);
  return jobs.flatMap((job) => (job?.id?.startsWith(prefix) ? [job.id] : []));
}
