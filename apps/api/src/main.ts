import 'reflect-metadata';
import { describeStartupFailure, loadConfig } from '@app/infra';
import { createApiApplication } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApplication(config);
  await app.listen({ port: config.port, host: '0.0.0.0' });
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
