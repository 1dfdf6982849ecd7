import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AuditReader } from '@app/audit';
import { Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { AuditPageResponse } from './audit.response';

export class AuditListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString({ message: 'entity moet tekst zijn.' }) @MaxLength(50, { message: 'entity is te lang.' }) entity?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'entityId moet tekst zijn.' })
  @MaxLength(100, { message: 'entityId is te lang.' })
  entityId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString({ message: 'cursor is ongeldig.' }) @MaxLength(300, { message: 'cursor is ongeldig.' }) cursor?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit moet een geheel getal zijn.' })
  @Min(1, { message: 'limit moet minstens 1 zijn.' })
  @Max(200, { message: 'limit mag hoogstens 200 zijn.' })
  limit?: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditReader) {}

  @Get()
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiErrorResponses(400, 401, 404)
  list(@Query() query: AuditListRequest) {
    return this.audit.list({ ...query, limit: query.limit ?? 50 });
  }
}
