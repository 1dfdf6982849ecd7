import type { DiscoveryService } from '@nestjs/core';
import { HandlesJob, SweepOn, type JobHandler, type Sweep, type SweepSchedule } from './job.decorators';
import type { JobName } from './job-map';

export class JobRegistryError extends Error {
  override readonly name = 'JobRegistryError';
}

export interface JobRegistry {
  handlers: ReadonlyMap<JobName, JobHandler<JobName>>;
  sweeps: ReadonlyMap<string, { schedule: SweepSchedule; sweep: Sweep }>;
}

/**
 * Finds the decorated handlers and sweeps. Every declared job must have exactly one handler and
 * every handler a declared job, and sweep names are unique: otherwise the worker does not start,
 * rather than failing (or silently picking one) when the job runs.
 */
export function discoverJobs(discovery: DiscoveryService, declaredJobs: readonly JobName[]): JobRegistry {
  const handlers = new Map<JobName, JobHandler<JobName>>();
  const owners = new Map<JobName, string[]>();
  for (const wrapper of discovery.getProviders({ metadataKey: HandlesJob.KEY })) {
    const jobName = discovery.getMetadataByDecorator(HandlesJob, wrapper);
    if (!jobName || !wrapper.instance) continue;
    owners.set(jobName, [...(owners.get(jobName) ?? []), wrapper.name]);
    handlers.set(jobName, wrapper.instance as JobHandler<JobName>);
  }
  const problems: string[] = [];
  for (const [jobName, names] of owners) {
    if (names.length > 1) problems.push(`job ${jobName} has ${names.length} handlers (${names.join(', ')})`);
    if (!declaredJobs.includes(jobName)) problems.push(`job ${jobName} has a handler (${names.join(', ')}) but is not declared`);
  }
  for (const jobName of declaredJobs) {
    if (!owners.has(jobName)) problems.push(`job ${jobName} has no handler`);
  }
  const sweeps = new Map<string, { schedule: SweepSchedule; sweep: Sweep }>();
  for (const wrapper of discovery.getProviders({ metadataKey: SweepOn.KEY })) {
    const schedule = discovery.getMetadataByDecorator(SweepOn, wrapper);
    if (!schedule || !wrapper.instance) continue;
    if (sweeps.has(schedule.name)) problems.push(`sweep ${schedule.name} is declared twice`);
    sweeps.set(schedule.name, { schedule, sweep: wrapper.instance as Sweep });
  }
  if (problems.length > 0) throw new JobRegistryError(`The worker cannot start: ${problems.join('; ')}.`);
  return { handlers, sweeps };
}
