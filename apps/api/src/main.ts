import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { describeStartupFailure, loadConfig, onStopSignal, preflight } from '@app/infra';
import { createApiApplication } from './bootstrap';
import { ShutdownState } from './health/shutdown-state';

async function main(): Promise<void> {
  const config = loadConfig();
  // The API needs PostgreSQL, not the queue: while Redis is away its jobs wait in the outbox.
  await preflight(config, { queue: false });
  const app = await createApiApplication(config);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  const logger = new Logger('Main');
  // Said once at start, so an operator sees where the jobs go without reading the configuration.
  logger.log(`Queue backend: ${config.queueBackend === 'postgres' ? 'postgres (schema bullmq)' : 'redis'}`);

  // Graceful stop: report not ready and keep serving while the load balancer moves away, then let
  // the requests in flight finish (Fastify's close) and run every shutdown hook.
  onStopSignal(async (signal) => {
    app.get(ShutdownState).beginDraining();
    logger.log(`${signal}: not ready; serving for ${config.shutdownDrainSeconds} s more, then stopping`);
    await delay(config.shutdownDrainSeconds * 1000);
    await app.close();
  });
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
