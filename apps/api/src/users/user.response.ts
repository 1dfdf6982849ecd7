import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@app/shared';
import type { UserView } from '@app/accounts';

export class UserResponse implements UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) boardId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) instituteId!: string | null;
  @ApiProperty() active!: boolean;
}

/** An active user as pickers show it: names and ids only. */
export class DirectoryEntryResponse implements Pick<UserView, 'id' | 'name' | 'role' | 'boardId'> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) boardId!: string | null;
}
