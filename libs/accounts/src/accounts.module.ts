import { Module } from '@nestjs/common';
import { SessionsService } from './application/sessions.service';
import { UserReader } from './application/user.reader';
import { UsersService } from './application/users.service';
import { SessionRepository } from './persistence/session.repository';
import { UserRepository } from './persistence/user.repository';

@Module({
  providers: [UserRepository, SessionRepository, SessionsService, UsersService, UserReader],
  exports: [SessionsService, UsersService, UserReader],
})
export class AccountsModule {}
