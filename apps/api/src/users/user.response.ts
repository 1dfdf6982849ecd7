import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@app/shared';
import type { UserView } from '@app/accounts';
import { SessionUserResponse } from '../auth/auth.response';

/** A user as administrators see it: the signed-in user's fields and whether the account is active. */
export class UserResponse extends SessionUserResponse implements UserView {
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Two-step verification is on.' }) mfaEnabled!: boolean;
}

/** An active user as pickers show it: names and ids only. */
export class DirectoryEntryResponse implements Pick<UserView, 'id' | 'name' | 'role' | 'boardId'> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) boardId!: string | null;
}
