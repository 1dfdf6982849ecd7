import { ApiProperty } from '@nestjs/swagger';
import type { BulkFailure, BulkOutcome, BulkRejectResult, BulkResult } from '@app/candidates';

export class BulkOutcomeResponse implements BulkOutcome {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Empty when the candidate does not exist.' }) reference!: string;
}

export class BulkFailureResponse extends BulkOutcomeResponse implements BulkFailure {
  @ApiProperty({ description: 'Why this candidate was left as it was, in Dutch.' }) reason!: string;
}

export class BulkResultResponse implements BulkResult {
  @ApiProperty({ type: [BulkOutcomeResponse] }) succeeded!: BulkOutcomeResponse[];
  @ApiProperty({ type: [BulkFailureResponse] }) failed!: BulkFailureResponse[];
}

export class BulkRejectResultResponse extends BulkResultResponse implements BulkRejectResult {
  @ApiProperty({ format: 'uuid', description: 'Pass to the undo while the mails wait.' }) batchId!: string;
  @ApiProperty({ format: 'date-time', description: 'When the rejection mails go out; until then the rejection can be undone.' }) mailDueAt!: Date;
}
