import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { describeStartupFailure, loadConfig, onStopSignal, preflight } from '@app/infra';
import { createWorkerApplication } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  const app = await createWorkerApplication(config);
  const logger = new Logger('Main');
  // Said once at start, so an operator sees where the jobs come from without reading the configuration.
  logger.log(`Queue backend: ${config.queueBackend === 'postgres' ? 'postgres (schema bullmq)' : 'redis'}`);

  // Graceful stop: the running jobs finish (the queue worker closes first), then the pool; exit 0.
  onStopSignal(async (signal) => {
    logger.log(`${signal}: finishing the running jobs, then stopping`);
    await app.close();
  });
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
