import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PlacementReader, PlacementsService } from '@app/placements';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CancelPlacementRequest, EndPlacementRequest, PlaceCandidateRequest, PlacementListRequest } from './placement.request';
import { PlacementResponse } from './placement.response';

/** R7 placements; the central desk places at any board, a board user at its own board's schools only (R14). */
@ApiTags('placements')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('placements')
export class PlacementsController {
  constructor(
    private readonly placements: PlacementsService,
    private readonly reader: PlacementReader,
  ) {}

  @Roles('staff', 'admin', 'board')
  @Post()
  @ApiCreatedResponse({ type: PlacementResponse })
  @ApiErrorResponses(400, 404, 409)
  place(@CurrentPrincipal() principal: Principal, @Body() request: PlaceCandidateRequest) {
    return this.placements.place(principal, request);
  }

  @Roles('staff', 'admin', 'board')
  @Get()
  @ApiOkResponse({ type: [PlacementResponse] })
  @ApiErrorResponses(400, 404)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PlacementListRequest) {
    return this.reader.list(principal, query);
  }

  @Roles('staff', 'admin', 'board')
  @Get(':id')
  @ApiOkResponse({ type: PlacementResponse })
  @ApiErrorResponses(404)
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.reader.get(principal, id);
  }

  @Roles('staff', 'admin', 'board')
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: PlacementResponse })
  @ApiErrorResponses(400, 404, 409)
  cancel(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: CancelPlacementRequest) {
    return this.placements.cancel(principal, id, request.reason);
  }

  @Roles('staff', 'admin', 'board')
  @Post(':id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: PlacementResponse })
  @ApiErrorResponses(400, 404, 409, 422)
  end(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: EndPlacementRequest) {
    return this.placements.end(principal, id, request.endedOn, request.reason);
  }
}
