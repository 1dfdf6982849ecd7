import { ApiProperty } from '@nestjs/swagger';
import type { AuditActor } from '@app/audit';
import type { AuditTrailEntry } from './audit-trail.service';

export class AuditCandidateResponse {
  @ApiProperty({ example: 'Sanne de Vries' }) name!: string;
  @ApiProperty({ example: 'ZI-2026-00301' }) reference!: string;
}

export class AuditRecordResponse implements AuditTrailEntry {
  @ApiProperty({ example: '1042' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'staff' }) actorRole!: string | null;
  @ApiProperty({ example: 'candidate' }) entity!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ example: 'update' }) action!: string;
  @ApiProperty({ type: [String], description: 'Names of the fields that changed, never their values.' }) changedFields!: string[];
  @ApiProperty({ type: AuditCandidateResponse, nullable: true, description: 'Name and reference when the entity is a candidate that still exists.' })
  candidate!: AuditCandidateResponse | null;
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditRecordResponse] }) items!: AuditRecordResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

export class AuditActorResponse implements AuditActor {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'staff' }) role!: string;
}
