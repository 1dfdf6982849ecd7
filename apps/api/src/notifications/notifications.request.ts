import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { Label } from '../http/request-fields';

export class NotificationListRequest {
  @ApiPropertyOptional({ description: 'Only the unread notifications (default: all).' })
  @Label('Alleen ongelezen')
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'Alleen ongelezen moet true of false zijn.' })
  unread?: boolean;
}
