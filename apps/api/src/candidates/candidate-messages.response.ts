import { ApiProperty } from '@nestjs/swagger';
import type { TimelineMessage } from './candidate-messages.service';

export class CandidateMessageResponse implements TimelineMessage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    example: 'interview_invitation',
    description: 'What kind of message (e.g. application_confirmation, interview_invitation, candidate_rejection).',
  })
  kind!: string;
  @ApiProperty({ enum: ['candidate', 'interview', 'assessment'], description: 'The record the message is about.' })
  about!: 'candidate' | 'interview' | 'assessment';
  @ApiProperty({ format: 'uuid' }) subjectId!: string;
  @ApiProperty({ description: "Distinguishes repeated messages about one record: an interview's calendar update carries its sequence number." })
  dueKey!: string;
  @ApiProperty() recipient!: string;
  @ApiProperty({ description: 'The subject of the mail.' }) title!: string;
  @ApiProperty({ enum: ['pending', 'sent', 'refused'], description: 'pending: not delivered yet; refused: the mail server refused the address for good.' })
  status!: 'pending' | 'sent' | 'refused';
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: Date | null;
}
