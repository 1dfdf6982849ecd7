import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditReader } from '@app/audit';
import { Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { AuditActorResponse, AuditPageResponse } from './audit.response';
import { AuditListRequest } from './audit.request';
import { AuditTrailService } from './audit-trail.service';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly trail: AuditTrailService,
    private readonly audit: AuditReader,
  ) {}

  /** Newest first; filters by candidate (id, or name or reference), by the user who acted and by period (Amsterdam days). */
  @Get()
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiErrorResponses(400, 401, 404)
  list(@Query() query: AuditListRequest) {
    return this.trail.list(query);
  }

  /** The users who appear in the log as the one who acted: the page's user filter. */
  @Get('actors')
  @ApiOkResponse({ type: [AuditActorResponse] })
  @ApiErrorResponses(401, 404)
  actors() {
    return this.audit.actors();
  }
}
