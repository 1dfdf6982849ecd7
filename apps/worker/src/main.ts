import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { describeStartupFailure, loadConfig, preflight } from '@app/infra';
import { createWorkerApplication } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  await createWorkerApplication(config);
  // Said once at start, so an operator sees where the jobs come from without reading the configuration.
  new Logger('Main').log(`Queue backend: ${config.queueBackend === 'postgres' ? 'postgres (schema bullmq)' : 'redis'}`);
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
