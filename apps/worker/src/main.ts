import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { describeStartupFailure, loadConfig, preflight } from '@app/infra';
import { createWorkerApplication } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  const app = await createWorkerApplication(config);
  const logger = new Logger('Main');
  // Said once at start, so an operator sees where the jobs come from without reading the configuration.
  logger.log(`Queue backend: ${config.queueBackend === 'postgres' ? 'postgres (schema bullmq)' : 'redis'}`);

  // Graceful stop: the running jobs finish (the queue worker closes first), then the pool; exit 0.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing the running jobs, then stopping`);
    await app.close();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
