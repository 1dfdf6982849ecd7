import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { describeStartupFailure, loadConfig, preflight } from '@app/infra';
import { createApiApplication } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  const app = await createApiApplication(config);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  // Said once at start, so an operator sees where the jobs go without reading the configuration.
  new Logger('Main').log(`Queue backend: ${config.queueBackend === 'postgres' ? 'postgres (schema bullmq)' : 'redis'}`);
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
