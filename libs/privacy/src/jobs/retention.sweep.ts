import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, SYSTEM_ACTOR, today } from '@app/shared';
import { APP_CONFIG, SweepOn, type AppConfig, type Sweep } from '@app/infra';
import { CandidatePersonalData } from '@app/candidates';
import { ProgrammeReader } from '@app/programmes';
import { latestErasableProgrammeEnd, retentionCutoffs } from '../domain/retention.policy';
import { ErasureService } from '../application/erasure.service';
import { RETENTION_SWEEP } from './privacy.jobs';

/**
 * R13, daily: erases the rejected and withdrawn applicants whose retention term has passed (4
 * weeks after closing, a year with consent) and the programme participants whose last programme
 * ended more than RETENTION_PROGRAMME_YEARS ago and who have none running (read through the
 * programmes module's reader, the erased ones left out by the candidates module). Each candidate is erased in a unit of work of its own, so one failure does not
 * hold back the others. Idempotent: the selection skips erased candidates and the erasure of an
 * erased one does nothing, so a second run, or a run after a crash, erases nothing more.
 */
@SweepOn({ name: RETENTION_SWEEP, cron: '30 2 * * *' })
@Injectable()
export class RetentionSweep implements Sweep {
  private readonly logger = new Logger(RetentionSweep.name);

  constructor(
    private readonly candidates: CandidatePersonalData,
    private readonly programmes: ProgrammeReader,
    private readonly erasure: ErasureService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<number> {
    const day = today(this.clock.now());
    const participants = await this.programmes.participantsEndedOnOrBefore(latestErasableProgrammeEnd(day, this.config.retention.programmeYears));
    const due = [...(await this.candidates.expiredApplicants(retentionCutoffs(day))), ...(await this.candidates.notErased(participants))];
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
