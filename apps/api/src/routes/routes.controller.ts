import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RouteReader, RoutesService } from '@app/routes';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CreateRouteRequest, UpdateRouteRequest } from './route.request';
import { RouteResponse } from './route.response';

/** Routes are not personal data: every signed-in user may list them (the candidate page names them); admins manage them. */
@ApiTags('routes')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('routes')
export class RoutesController {
  constructor(
    private readonly routes: RoutesService,
    private readonly reader: RouteReader,
  ) {}

  /** Every route, deactivated ones too, in their order. */
  @Get()
  @ApiOkResponse({ type: [RouteResponse] })
  list() {
    return this.reader.list();
  }

  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ type: RouteResponse })
  @ApiErrorResponses(400, 404)
  create(@CurrentPrincipal() principal: Principal, @Body() request: CreateRouteRequest) {
    return this.routes.create(principal, request);
  }

  /** The code never changes; there is no delete: `active: false` deactivates. */
  @Roles('admin')
  @Patch(':code')
  @ApiOkResponse({ type: RouteResponse })
  @ApiErrorResponses(400, 404)
  update(@CurrentPrincipal() principal: Principal, @Param('code') code: string, @Body() request: UpdateRouteRequest) {
    return this.routes.update(principal, code, request);
  }
}
