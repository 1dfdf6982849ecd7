import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AuditService } from '@app/audit';
import { Roles } from '../http/auth.decorators';

export class AuditListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) entity?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) cursor?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt({ message: 'limit moet een geheel getal zijn.' }) @Min(1) @Max(200) limit?: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@Query() query: AuditListRequest) {
    return this.audit.list({ ...query, limit: query.limit ?? 50 });
  }
}
