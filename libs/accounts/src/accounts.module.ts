import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@app/organisations';
import { MfaService } from './application/mfa.service';
import { PasswordPolicy } from './application/password-policy';
import { PasswordResetService } from './application/password-reset.service';
import { SecondFactorVerifier } from './application/second-factor';
import { SessionsService } from './application/sessions.service';
import { UserReader } from './application/user.reader';
import { UsersService } from './application/users.service';
import { AccountsHousekeepingSweep } from './jobs/accounts-housekeeping.sweep';
import { LoginThrottleRepository } from './persistence/login-throttle.repository';
import { MfaRepository } from './persistence/mfa.repository';
import { PasswordResetRepository } from './persistence/password-reset.repository';
import { SessionRepository } from './persistence/session.repository';
import { UserRepository } from './persistence/user.repository';

@Module({
  imports: [OrganisationsModule],
  providers: [
    UserRepository,
    SessionRepository,
    LoginThrottleRepository,
    MfaRepository,
    PasswordResetRepository,
    PasswordPolicy,
    SecondFactorVerifier,
    SessionsService,
    MfaService,
    UsersService,
    UserReader,
    PasswordResetService,
    AccountsHousekeepingSweep,
  ],
  exports: [SessionsService, MfaService, UsersService, UserReader, PasswordResetService],
})
export class AccountsModule {}
