import { ApiProperty } from '@nestjs/swagger';
import type { DeadOutboxJob } from '@app/infra';

/** A background job the outbox gave up on after its horizon (no payload: it may hold ids of people). */
export class DeadJobResponse implements DeadOutboxJob {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'candidates.application-received' }) name!: string;
  @ApiProperty({ type: 'integer' }) attempts!: number;
  @ApiProperty({ type: String, nullable: true, example: 'ECONNECTION', description: 'The last error as a code; never message text.' }) lastErrorCode!:
    string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) deadAt!: string;
}

export class DeadJobsResponse {
  @ApiProperty({ type: [DeadJobResponse] }) items!: DeadJobResponse[];
}

export class RetriedJobResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['pending'] }) status!: 'pending';
}
