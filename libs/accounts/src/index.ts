export * from './accounts.module';
export * from './application/sessions.service';
export * from './application/users.service';
export * from './application/user.reader';
export * from './application/user.views';
export * from './application/principal';
export * from './application/password-hasher';
export * from './domain/accounts.errors';
