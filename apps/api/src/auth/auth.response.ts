import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@app/shared';

/** The signed-in user as the web page sees it. */
export class SessionUserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) boardId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) instituteId!: string | null;
}

export class LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' }) accessToken!: string;
  @ApiProperty({ type: SessionUserResponse }) user!: SessionUserResponse;
}
