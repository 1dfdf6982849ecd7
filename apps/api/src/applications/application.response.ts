import { ApiProperty } from '@nestjs/swagger';
import type { ApplicationReceipt } from '@app/candidates';

export class ApplicationReceiptResponse implements ApplicationReceipt {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ example: 'ZI-2026-00042', description: 'The reference the applicant quotes in mails.' }) reference!: string;
}
