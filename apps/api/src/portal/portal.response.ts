import { ApiProperty } from '@nestjs/swagger';
import { STAGES, type Stage } from '@app/candidates';
import { PORTAL_REQUEST_KINDS, type PortalDataRequest, type PortalInterview, type PortalOverview, type PortalRequestKind } from '@app/portal';

/** The same answer whether or not the address is known. */
export class PortalLinkRequestedResponse {
  @ApiProperty({ description: 'A Dutch sentence for the person who asked.' }) message!: string;
}

export class PortalSignedInResponse {
  @ApiProperty({
    description: 'For programs: send as `Authorization: Bearer <accessToken>` to /api/portal. The web page uses the cookie set with this answer.',
  })
  accessToken!: string;
  @ApiProperty({ type: 'integer' }) expiresInSeconds!: number;
}

export class PortalInterviewResponse implements PortalInterview {
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ example: '2027-03-25T10:00', description: 'Wall-clock time in Europe/Amsterdam.' }) startsAtLocal!: string;
  @ApiProperty({ type: 'integer' }) durationMinutes!: number;
  @ApiProperty() location!: string;
}

export class PortalDocumentResponse {
  @ApiProperty({ enum: ['motivation_letter', 'cv'] }) kind!: 'motivation_letter' | 'cv';
  @ApiProperty() fileName!: string;
}

export class PortalDataRequestResponse implements PortalDataRequest {
  @ApiProperty({ enum: PORTAL_REQUEST_KINDS }) kind!: PortalRequestKind;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ format: 'date', description: 'The desk answers by this day.' }) deadline!: string;
  @ApiProperty({ enum: ['open', 'completed'] }) status!: 'open' | 'completed';
}

export class PortalOverviewResponse implements PortalOverview {
  @ApiProperty({ example: 'ZI-2026-00042' }) reference!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty({ enum: STAGES }) stage!: Stage;
  @ApiProperty({ description: 'Where the application stands, in plain Dutch.' }) status!: string;
  @ApiProperty({ format: 'date-time' }) appliedAt!: string;
  @ApiProperty({ description: 'The candidate may still withdraw (before the programme).' }) canWithdraw!: boolean;
  @ApiProperty() consentToKeep!: boolean;
  @ApiProperty({ type: PortalInterviewResponse, nullable: true, description: 'The next planned selection interview.' })
  interview!: PortalInterviewResponse | null;
  @ApiProperty({ type: [PortalDocumentResponse] }) documents!: PortalDocumentResponse[];
  @ApiProperty({ type: [PortalDataRequestResponse] }) dataRequests!: PortalDataRequestResponse[];
}
