import { ApiProperty } from '@nestjs/swagger';

export class OwnSessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', description: 'Recorded at most once a minute.' }) lastSeenAt!: Date;
  @ApiProperty({ description: 'Browser and system, e.g. "Firefox op Windows".' }) device!: string;
  @ApiProperty({ description: 'The session of this request.' }) current!: boolean;
}

export class MfaStatusResponse {
  @ApiProperty() enabled!: boolean;
  @ApiProperty() recoveryCodesLeft!: number;
  @ApiProperty({ description: 'Whether the role must use two-step verification.' }) required!: boolean;
}

export class MfaEnrolmentResponse {
  @ApiProperty({ description: 'Base32 secret, for typing into the app by hand.' }) secret!: string;
  @ApiProperty({ description: 'otpauth:// URI' }) otpauthUri!: string;
  @ApiProperty({ description: 'The URI as a QR code (data:image/png;base64,…).' }) qrCodeDataUrl!: string;
}

export class RecoveryCodesResponse {
  @ApiProperty({ type: [String], description: 'Ten single-use codes, shown this once.' }) recoveryCodes!: string[];
  @ApiProperty({ description: 'True when this was an enrolment-only session: it has ended, sign in again with a code.' }) signInAgain!: boolean;
}
