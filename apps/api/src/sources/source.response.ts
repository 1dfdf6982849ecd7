import { ApiProperty } from '@nestjs/swagger';
import type { SourceView } from '@app/sources';

export class SourceResponse implements SourceView {
  @ApiProperty({ example: 'onderwijsloket' }) code!: string;
  @ApiProperty({ example: 'Het Onderwijsloket' }) label!: string;
  @ApiProperty({ description: 'The form asks for a short free text with this source (`anders`).' }) asksDetail!: boolean;
  @ApiProperty({ description: 'false: retired, no longer offered on the form.' }) active!: boolean;
  @ApiProperty({ type: 'integer', description: 'Place on the form: lower comes first.' }) position!: number;
}
