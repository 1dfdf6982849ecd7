import { Module } from '@nestjs/common';
import { SessionsService } from './application/sessions.service';
import { UsersService } from './application/users.service';

@Module({ providers: [SessionsService, UsersService], exports: [SessionsService, UsersService] })
export class AccountsModule {}
