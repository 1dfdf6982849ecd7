import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProgrammeReader, ProgrammesService, ReadyToStartReader, SubsidyService, UitvalReader } from '@app/programmes';
import { RouteReader } from '@app/routes';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import {
  DropoutRequest,
  ExtendRequest,
  ProgrammeListRequest,
  QualifyRequest,
  StartProgrammeRequest,
  SubsidyRequest,
  SwitchRouteRequest,
  UitvalRequest,
} from './programme.request';
import { ProgrammeResponse, ReadyCandidateResponse, ProgrammeRouteResponse, UitvalResponse } from './programme.response';

/**
 * R8 programmes: the central desk sees and acts on all, a board user on its own board's only
 * (another's answers 404, R14). A coach reads the programmes currently assigned to them (the scope
 * the coaching module registers in ProgrammeReader); the rest answers 404 for them.
 */
@ApiTags('programmes')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly subsidy: SubsidyService,
    private readonly reader: ProgrammeReader,
    private readonly ready: ReadyToStartReader,
    private readonly uitval: UitvalReader,
    private readonly routes: RouteReader,
  ) {}

  @Roles('staff', 'admin', 'board')
  @Post()
  @ApiCreatedResponse({ type: ProgrammeResponse })
  @ApiErrorResponses(400, 404, 409, 422)
  start(@CurrentPrincipal() principal: Principal, @Body() request: StartProgrammeRequest) {
    return this.programmes.start(principal, request);
  }

  @Roles('staff', 'admin', 'board', 'coach')
  @Get()
  @ApiOkResponse({ type: [ProgrammeResponse] })
  @ApiErrorResponses(400, 404)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ProgrammeListRequest) {
    return this.reader.list(principal, query);
  }

  @Roles('staff', 'admin', 'board')
  @Get('ready-to-start')
  @ApiOkResponse({ type: [ReadyCandidateResponse], description: 'Placed candidates without a programme yet.' })
  readyToStart(@CurrentPrincipal() principal: Principal) {
    return this.ready.list(principal);
  }

  @Roles('staff', 'admin', 'board')
  @Get('uitval')
  @ApiOkResponse({ type: [UitvalResponse], description: 'Uitval per cohort as of today (R11).' })
  @ApiErrorResponses(400, 404)
  uitvalByCohort(@CurrentPrincipal() principal: Principal, @Query() query: UitvalRequest) {
    return this.uitval.forActor(principal, query);
  }

  @Roles('staff', 'admin', 'board')
  @Get('routes')
  @ApiOkResponse({ type: [ProgrammeRouteResponse] })
  async listRoutes(): Promise<ProgrammeRouteResponse[]> {
    // The routes a programme can start on now (routes are data: GET /api/routes lists them all).
    return (await this.routes.active()).map(({ code, name, durationMonths, assessmentRequired }) => ({ code, name, durationMonths, assessmentRequired }));
  }

  @Roles('staff', 'admin', 'board', 'coach')
  @Get(':id')
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiErrorResponses(404)
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.reader.get(principal, id);
  }

  @Roles('staff', 'admin', 'board')
  @Post(':id/qualify')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiErrorResponses(400, 404, 409, 422)
  qualify(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: QualifyRequest) {
    return this.programmes.qualify(principal, id, request.qualifiedOn);
  }

  @Roles('staff', 'admin', 'board')
  @Post(':id/dropout')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiErrorResponses(400, 404, 409, 422)
  dropOut(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: DropoutRequest) {
    return this.programmes.dropOut(principal, id, request.droppedOutOn, request.reason);
  }

  @Roles('staff', 'admin', 'board')
  @Post(':id/extend')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiErrorResponses(400, 404, 409)
  extend(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: ExtendRequest) {
    return this.programmes.extend(principal, id, request.months, request.reason);
  }

  @Roles('staff', 'admin', 'board')
  @Post(':id/switch-route')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeResponse, description: 'The new programme on the new route.' })
  @ApiErrorResponses(400, 404, 409, 422)
  switchRoute(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: SwitchRouteRequest) {
    return this.programmes.switchRoute(principal, id, request);
  }

  @Roles('staff', 'admin', 'board')
  @Put(':id/subsidy')
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiErrorResponses(400, 404, 409, 422)
  saveSubsidy(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: SubsidyRequest) {
    return this.subsidy.save(principal, id, request);
  }
}
