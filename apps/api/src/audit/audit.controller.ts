import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditReader } from '@app/audit';
import { Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { OptionalText, OptionalWholeNumber } from '../http/request-fields';
import { AuditPageResponse } from './audit.response';

export class AuditListRequest {
  @OptionalText('entity', { max: 50, notText: 'entity moet tekst zijn.', tooLong: 'entity is te lang.', trim: false }) entity?: string;
  @OptionalText('entityId', { max: 100, notText: 'entityId moet tekst zijn.', tooLong: 'entityId is te lang.', trim: false }) entityId?: string;
  @OptionalText('cursor', { max: 300, notText: 'cursor is ongeldig.', tooLong: 'cursor is ongeldig.', trim: false }) cursor?: string;
  @OptionalWholeNumber('limit', { min: 1, max: 200, fromQuery: true, api: {} }) limit?: number;
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
