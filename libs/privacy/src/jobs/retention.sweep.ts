import { Injectable, Logger } from '@nestjs/common';
import { Clock, SYSTEM_ACTOR, today } from '@app/shared';
import { SweepOn, type Sweep } from '@app/infra';
import { CandidatePersonalData } from '@app/candidates';
import { retentionCutoffs } from '../domain/retention.policy';
import { ErasureService } from '../application/erasure.service';
import { RETENTION_SWEEP } from './privacy.jobs';

/**
 * R13, daily: erases the rejected and withdrawn applicants whose retention term has passed (4
 * weeks after closing, a year with consent). The selection is one indexed query; programme
 * participants join it when the programmes module lands, kept RETENTION_PROGRAMME_YEARS after their
 * programme ends. Each candidate is erased in a unit of work of its own, so one failure does not
 * hold back the others. Idempotent: the selection skips erased candidates and the erasure of an
 * erased one does nothing, so a second run, or a run after a crash, erases nothing more.
 */
@SweepOn({ name: RETENTION_SWEEP, cron: '30 2 * * *' })
@Injectable()
export class RetentionSweep implements Sweep {
  private readonly logger = new Logger(RetentionSweep.name);

  constructor(
    private readonly candidates: CandidatePersonalData,
    private readonly erasure: ErasureService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const due = await this.candidates.expiredApplicants(retentionCutoffs(today(this.clock.now())));
    let erased = 0;
    let failure: unknown;
    for (const candidateId of due) {
      try {
        if (await this.erasure.erase(SYSTEM_ACTOR, candidateId)) erased += 1;
      } catch (error) {
        this.logger.warn(
          `Retention: candidate ${candidateId} not erased this run (${error instanceof Error ? error.name : 'error'}); the next run tries again`,
        );
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
    return erased;
  }
}
