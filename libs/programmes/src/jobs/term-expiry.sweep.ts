import { Injectable, Logger } from '@nestjs/common';
import { Clock, DomainError, today } from '@app/shared';
import { SweepOn, type Sweep } from '@app/infra';
import { ProgrammesService } from '../application/programmes.service';
import { ProgrammesRepository } from '../persistence/programmes.repository';
import { TERM_EXPIRY_SWEEP } from './programmes.jobs';

/**
 * R8: the day after the last day of its term, a running programme without an outcome ends
 * `term_expired` (dated that last day), the candidate's stage follows and staff are told.
 * Idempotent: each programme is claimed by a conditional UPDATE (still running, planned end before
 * today), so a second run — or a later day, or a restarted worker — changes nothing twice.
 */
@SweepOn({ name: TERM_EXPIRY_SWEEP, cron: '15 1 * * *' })
@Injectable()
export class TermExpirySweep implements Sweep {
  private readonly logger = new Logger(TermExpirySweep.name);

  constructor(
    private readonly programmes: ProgrammesRepository,
    private readonly commands: ProgrammesService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    let expired = 0;
    for (const id of await this.programmes.dueForExpiry(today(this.clock.now()))) {
      try {
        if (await this.commands.expireTerm(id)) expired += 1;
      } catch (error) {
        // One programme the rules refuse (e.g. a stage moved by hand) must not hold up the others.
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`Programme ${id}: term not expired (${error.code})`);
      }
    }
    return expired;
  }
}
