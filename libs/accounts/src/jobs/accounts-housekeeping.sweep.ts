import { Injectable } from '@nestjs/common';
import { Clock } from '@app/shared';
import { SweepOn, type Sweep } from '@app/infra';
import { LoginThrottleRepository } from '../persistence/login-throttle.repository';
import { PasswordResetRepository } from '../persistence/password-reset.repository';
import { SessionRepository } from '../persistence/session.repository';
import { ACCOUNTS_HOUSEKEEPING_SWEEP } from './accounts.jobs';

/** How long an ended session or an expired reset link is kept, for a look back at a recent sign-in. */
const SIGN_IN_RECORDS_KEPT_DAYS = 30;

/**
 * Sign-in records past any use go (AVG: kept no longer than needed): sessions and login challenges
 * ended or expired over 30 days ago, with the device they name; password-reset links expired over 30
 * days ago; login throttles that no longer count anything. Safe to run twice: it only deletes.
 */
@SweepOn({ name: ACCOUNTS_HOUSEKEEPING_SWEEP, cron: '15 3 * * *' })
@Injectable()
export class AccountsHousekeepingSweep implements Sweep {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly resets: PasswordResetRepository,
    private readonly throttles: LoginThrottleRepository,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const now = this.clock.now();
    const before = new Date(now.getTime() - SIGN_IN_RECORDS_KEPT_DAYS * 24 * 60 * 60 * 1000);
    const sessions = await this.sessions.deleteEndedBefore(before);
    const resets = await this.resets.deleteExpiredBefore(before);
    return sessions + resets + (await this.throttles.deleteStale(now));
  }
}
