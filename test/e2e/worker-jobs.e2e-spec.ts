import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HandlesJob, type JobHandler, type JobName } from '@app/infra';
import { createWorkerApplication } from '../../apps/worker/src/bootstrap';
import { ALL_JOBS, WorkerModule } from '../../apps/worker/src/worker.module';
import { useTestApp } from '../support/test-app';

/** A second handler for a job that already has one: the worker must not pick either silently. */
@HandlesJob('candidates.application-received')
@Injectable()
class SecondApplicationReceivedHandler implements JobHandler<'candidates.application-received'> {
  async handle(): Promise<void> {}
}

describe('worker job registry', () => {
  const app = useTestApp({ worker: false });

  it('refuses to start when a job has two handlers, naming the job and both handlers', async () => {
    @Module({ imports: [WorkerModule.forRoot(app().config)], providers: [SecondApplicationReceivedHandler] })
    class WorkerWithDuplicate {}

    await expect(NestFactory.createApplicationContext(WorkerWithDuplicate, { logger: false, abortOnError: false })).rejects.toThrow(
      /job candidates\.application-received has 2 handlers \((?=[^)]*\bSecondApplicationReceivedHandler\b)(?=[^)]*\bApplicationReceivedHandler\b)[^)]*\)/,
    );
  });

  it('refuses to start when a declared job has no handler, naming the job', async () => {
    const jobs = [...ALL_JOBS, 'test.unhandled' as JobName];
    await expect(createWorkerApplication(app().config, { jobs })).rejects.toThrow(/job test\.unhandled has no handler/);
  });

  it('starts when every declared job has exactly one handler', async () => {
    const worker = await createWorkerApplication(app().config);
    await worker.close();
  });
});
