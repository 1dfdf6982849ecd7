import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProgrammeReader, SubsidyService } from '@app/programmes';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { TaskListRequest } from './programme.request';
import { TaskListItemResponse } from './programme.response';

/** The boards' tasks from programmes (tell DUO of a dropout): a board its own, the desk all; marked done once. */
@ApiTags('programmes')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('programme-tasks')
export class ProgrammeTasksController {
  constructor(
    private readonly reader: ProgrammeReader,
    private readonly subsidy: SubsidyService,
  ) {}

  @Roles('staff', 'admin', 'board')
  @Get()
  @ApiOkResponse({ type: [TaskListItemResponse] })
  @ApiErrorResponses(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: TaskListRequest) {
    return this.reader.tasks(principal, query.includeDone ?? false);
  }

  @Roles('staff', 'admin', 'board')
  @Post(':id/done')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskListItemResponse })
  @ApiErrorResponses(404, 409)
  markDone(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.subsidy.markTaskDone(principal, id);
  }
}
