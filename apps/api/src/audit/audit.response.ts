import { ApiProperty } from '@nestjs/swagger';
import type { AuditRecord } from '@app/audit';

export class AuditRecordResponse implements AuditRecord {
  @ApiProperty({ example: '1042' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'staff' }) actorRole!: string | null;
  @ApiProperty({ example: 'candidate' }) entity!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ example: 'update' }) action!: string;
  @ApiProperty({ type: [String], description: 'Names of the fields that changed, never their values.' }) changedFields!: string[];
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditRecordResponse] }) items!: AuditRecordResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}
