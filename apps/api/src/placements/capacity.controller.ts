import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotFoundError, SchoolYear, ValidationFailedError, isUuid } from '@app/shared';
import { CapacityService } from '@app/placements';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { DeclareCapacityRequest, SCHOOL_YEAR_PATH_MESSAGE } from './placement.request';
import { CapacityResponse } from './placement.response';

function boardId(id: string): string {
  if (!isUuid(id)) throw new NotFoundError('board');
  return id;
}

function schoolYear(label: string): string {
  const year = SchoolYear.parse(label);
  if (!year) throw new ValidationFailedError([{ field: 'schoolYear', message: SCHOOL_YEAR_PATH_MESSAGE }]);
  return year.label;
}

/** R7: a board's supernumerary places per school year; a board user its own board only (another answers 404). */
@ApiTags('placements')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('boards/:id/capacity')
export class CapacityController {
  constructor(private readonly capacity: CapacityService) {}

  @Roles('staff', 'admin', 'board')
  @Get(':schoolYear')
  @ApiOkResponse({ type: CapacityResponse })
  @ApiErrorResponses(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Param('schoolYear') year: string) {
    return this.capacity.get(principal, boardId(id), schoolYear(year));
  }

  @Roles('staff', 'admin', 'board')
  @Put(':schoolYear')
  @ApiOkResponse({ type: CapacityResponse })
  @ApiErrorResponses(400, 404, 409)
  declare(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Param('schoolYear') year: string, @Body() request: DeclareCapacityRequest) {
    return this.capacity.declare(principal, boardId(id), schoolYear(year), request.places);
  }
}
