import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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

export class SignedInResponse {
  @ApiProperty({ description: 'For programs: send as `Authorization: Bearer <accessToken>`. The web page uses the session cookie set with this answer.' })
  accessToken!: string;
  @ApiProperty({ type: SessionUserResponse }) user!: SessionUserResponse;
}

/** The password step: signed in, or (two-step verification on) a challenge for `POST /api/auth/login/mfa`. */
export class LoginResponse {
  @ApiProperty({ enum: ['signed_in', 'code_required'] }) status!: 'signed_in' | 'code_required';
  @ApiPropertyOptional({
    description: 'With `signed_in`: for programs, send as `Authorization: Bearer <accessToken>`; the web page uses the session cookie set with this answer.',
  })
  accessToken?: string;
  @ApiPropertyOptional({ type: SessionUserResponse }) user?: SessionUserResponse;
  @ApiPropertyOptional({ description: 'With `code_required`: valid for 5 minutes, for `POST /api/auth/login/mfa`.' }) challengeToken?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) challengeExpiresAt?: Date;
}

/** The same answer whether or not the address has an account. */
export class PasswordResetRequestedResponse {
  @ApiProperty({ description: 'A Dutch sentence for the person who asked.' }) message!: string;
}
