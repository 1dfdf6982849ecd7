import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@app/organisations';
import { MfaService } from './application/mfa.service';
import { PasswordPolicy } from './application/password-policy';
import { SecondFactorVerifier } from './application/second-factor';
import { SessionsService } from './application/sessions.service';
import { UserReader } from './application/user.reader';
import { UsersService } from './application/users.service';
import { LoginThrottleRepository } from './persistence/login-throttle.repository';
import { MfaRepository } from './persistence/mfa.repository';
import { SessionRepository } from './persistence/session.repository';
import { UserRepository } from './persistence/user.repository';

@Module({
  imports: [OrganisationsModule],
  providers: [
    UserRepository,
    SessionRepository,
    LoginThrottleRepository,
    MfaRepository,
    PasswordPolicy,
    SecondFactorVerifier,
    SessionsService,
    MfaService,
    UsersService,
    UserReader,
  ],
  exports: [SessionsService, MfaService, UsersService, UserReader],
})
export class AccountsModule {}
