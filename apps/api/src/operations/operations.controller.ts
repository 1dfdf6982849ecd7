import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotFoundError, isUuid } from '@app/shared';
import { Outbox, UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { DeadJobsResponse, RetriedJobResponse } from './operations.response';

/** What the background work could not do: administrators see dead outbox jobs and send them again. */
@ApiTags('operations')
@ApiBearerAuth()
@Roles('admin')
@Controller('operations/outbox')
export class OperationsController {
  constructor(
    private readonly outbox: Outbox,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  @Get('dead')
  @ApiOkResponse({ type: DeadJobsResponse })
  @ApiErrorResponses(401, 404)
  async dead() {
    return { items: await this.outbox.dead() };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOkResponse({ type: RetriedJobResponse })
  @ApiErrorResponses(401, 404)
  async retry(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    if (!isUuid(id)) throw new NotFoundError('outbox_job');
    await this.unitOfWork.run(async () => {
      if (!(await this.outbox.revive(id))) throw new NotFoundError('outbox_job');
      await this.audit.record(principal, { entity: 'outbox_job', entityId: id, action: 'retry', changedFields: ['status', 'nextAttemptAt'] });
    });
    return { id, status: 'pending' as const };
  }
}
