import 'reflect-metadata';
import { describeStartupFailure, loadConfig } from '@app/infra';
import { createWorkerApplication } from './bootstrap';

createWorkerApplication(loadConfig()).catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
