import 'reflect-metadata';
import { loadConfig } from '@app/infra';
import { createApiApplication } from '../apps/api/src/bootstrap';

/**
 * The product's API exactly as main.ts builds it, in a child process of the benchmark.
 * Configuration comes from the environment the benchmark passes; sends `{ port }` when listening.
 */
async function main(): Promise<void> {
  const app = await createApiApplication(loadConfig());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  process.send?.({ port: address.port });
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(`Product server failed: ${(error as Error).message}`);
  process.exit(1);
});
