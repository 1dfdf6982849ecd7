import { Queue, Worker, createPostgresBackend, withBackend, type Processor, type WorkerOptions } from 'bullmq';
import IORedis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { JOBS_QUEUE_NAME } from '../jobs/job-map';

/** The only place that knows which queue backend runs; the rest of the code sees a Queue or a Worker. */
/** A queue job names either an outbox row or a sweep to run; nothing else travels through the queue. */
export type OutboxJobData = { outboxId: string; sweep?: undefined } | { sweep: string; outboxId?: undefined };

/** What the producer uses of a queue, the same for both backends. */
export type JobsQueue = Pick<Queue<OutboxJobData>, 'addBulk' | 'getJobCounts' | 'getJobState' | 'close' | 'upsertJobScheduler'>;
/** What the worker process uses of a worker, the same for both backends. */
export type JobsWorker = Pick<Worker<OutboxJobData>, 'on' | 'close' | 'run' | 'isRunning' | 'waitUntilReady'>;

const POSTGRES_SCHEMA = 'bullmq';
const postgresClasses = withBackend(createPostgresBackend);

function postgresConnection(config: AppConfig) {
  return { connectionString: config.databaseUrl, schema: POSTGRES_SCHEMA, migrate: true, max: 4 };
}

export function createJobsQueue(config: AppConfig): JobsQueue {
  if (config.queueBackend === 'postgres') {
    return new postgresClasses.Queue<OutboxJobData>(JOBS_QUEUE_NAME, { connection: postgresConnection(config) }) as unknown as JobsQueue;
  }
  // A producer must fail fast while Redis is away: the outbox keeps the job and the reconciler retries.
  const connection = new IORedis(config.redisUrl as string, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  connection.on('error', () => undefined);
  const queue = new Queue<OutboxJobData>(JOBS_QUEUE_NAME, { connection, prefix: config.queuePrefix });
  // Without a listener BullMQ prints every connection error to the console; the outbox already
  // reports a failed hand-over and the reconciler repairs it.
  queue.on('error', () => undefined);
  return closingConnection(queue, connection);
}

/**
 * The whole BullMQ queue (jobs, counts, failures) for the administrators' queue dashboard: the same
 * backend, name, prefix and fail-fast connection as the producer's. Typed as BullMQ's queue class,
 * which the PostgreSQL backend's queue extends (Bull Board reads either).
 */
export function createInspectableJobsQueue(config: AppConfig): Queue<OutboxJobData> {
  return createJobsQueue(config) as unknown as Queue<OutboxJobData>;
}

export function createJobsWorker(config: AppConfig, processor: Processor<OutboxJobData>, options: Omit<WorkerOptions, 'connection'>): JobsWorker {
  if (config.queueBackend === 'postgres') {
    return new postgresClasses.Worker<OutboxJobData>(JOBS_QUEUE_NAME, processor, {
      ...options,
      connection: postgresConnection(config),
    }) as unknown as JobsWorker;
  }
  const connection = new IORedis(config.redisUrl as string, {
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(attempt * 500, 5000),
  });
  connection.on('error', () => undefined);
  return closingConnection(new Worker<OutboxJobData>(JOBS_QUEUE_NAME, processor, { ...options, connection, prefix: config.queuePrefix }), connection);
}

/** BullMQ leaves a connection it was given open on close(); this closes it too. */
function closingConnection<T extends { close(): Promise<void> }>(target: T, connection: IORedis): T {
  const close = target.close.bind(target);
  target.close = async () => {
    await close();
    connection.disconnect();
  };
  return target;
}
