import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CoachAssignmentService,
  CoachesService,
  CoachingReader,
  CoachingSessionsService,
  withinEditWindow,
  yearNormHours,
  type ProgrammeCoachingView,
} from '@app/coaching';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { Clock, NotFoundError } from '@app/shared';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import {
  AssignCoachRequest,
  CaseloadRequest,
  CoachingSessionRequest,
  CreateCoachRequest,
  NormRequest,
  RiskFlagRequest,
  UpdateCoachRequest,
} from './coaching.request';
import {
  AtRiskResponse,
  CaseloadItemResponse,
  CoachResponse,
  CoachingSessionResponse,
  CreatedSessionResponse,
  NeedingCoachResponse,
  NormResponse,
  ProgrammeCoachingResponse,
} from './coaching.response';

/** Coach profiles (issue 13 item 1): the central desk keeps them. */
@ApiTags('coaching')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Roles('staff', 'admin')
@Controller('coaches')
export class CoachesController {
  constructor(
    private readonly coaches: CoachesService,
    private readonly reader: CoachingReader,
  ) {}

  @Get()
  @ApiOkResponse({ type: [CoachResponse] })
  list() {
    return this.reader.list();
  }

  @Post()
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrorResponses(400, 409, 422)
  async create(@CurrentPrincipal() principal: Principal, @Body() request: CreateCoachRequest): Promise<void> {
    await this.coaches.create(principal, request);
  }

  @Patch(':userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrorResponses(400, 404)
  async update(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string, @Body() request: UpdateCoachRequest): Promise<void> {
    await this.coaches.update(principal, userId, request);
  }
}

/**
 * R9, R10, R14: a programme's coach, sessions, progress and risk flag. A coach reaches only the
 * programmes currently assigned to them (ProgrammeReader's scope); anything else answers 404.
 */
@ApiTags('coaching')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller()
export class CoachingController {
  constructor(
    private readonly assignments: CoachAssignmentService,
    private readonly sessions: CoachingSessionsService,
    private readonly reader: CoachingReader,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles('staff', 'admin')
  @Put('programmes/:id/coach')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrorResponses(400, 404, 409, 422)
  async assign(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: AssignCoachRequest): Promise<void> {
    await this.assignments.reassign(principal, id, request);
  }

  @Roles('staff', 'admin', 'coach')
  @Get('programmes/:id/coaching')
  @ApiOkResponse({ type: ProgrammeCoachingResponse })
  @ApiErrorResponses(404)
  async overview(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    const view = await this.reader.programme(principal, id);
    return { ...view, sessions: this.withMayChange(principal, view.sessions) };
  }

  @Roles('staff', 'admin', 'coach')
  @Get('programmes/:id/coaching-sessions')
  @ApiOkResponse({ type: [CoachingSessionResponse] })
  @ApiErrorResponses(404)
  async listSessions(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<CoachingSessionResponse[]> {
    return this.withMayChange(principal, (await this.reader.programme(principal, id)).sessions);
  }

  @Roles('staff', 'admin', 'coach')
  @Post('programmes/:id/coaching-sessions')
  @ApiCreatedResponse({ type: CreatedSessionResponse })
  @ApiErrorResponses(400, 404, 422)
  async log(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: CoachingSessionRequest): Promise<CreatedSessionResponse> {
    return { id: await this.sessions.log(principal, id, request) };
  }

  @Roles('staff', 'admin', 'coach')
  @Patch('programmes/:id/coaching-sessions/:sessionId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrorResponses(400, 403, 404, 409, 422)
  async edit(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @Body() request: CoachingSessionRequest,
  ): Promise<void> {
    await this.sessions.edit(principal, id, sessionId, request);
  }

  @Roles('staff', 'admin', 'coach')
  @Delete('programmes/:id/coaching-sessions/:sessionId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrorResponses(403, 404, 409)
  async remove(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Param('sessionId') sessionId: string): Promise<void> {
    await this.sessions.remove(principal, id, sessionId);
  }

  @Roles('staff', 'admin', 'coach')
  @Put('programmes/:id/risk')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrorResponses(400, 404)
  async flag(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: RiskFlagRequest): Promise<void> {
    await this.sessions.flagRisk(principal, id, request);
  }

  @Roles('staff', 'admin', 'coach')
  @Delete('programmes/:id/risk')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrorResponses(404)
  async clear(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.sessions.clearRisk(principal, id);
  }

  @Roles('staff', 'admin', 'coach')
  @Get('coaching/caseload')
  @ApiOkResponse({ type: [CaseloadItemResponse], description: "A coach's own caseload; staff name the coach." })
  @ApiErrorResponses(400, 404)
  caseload(@CurrentPrincipal() principal: Principal, @Query() query: CaseloadRequest) {
    if (principal.role === 'coach') return this.reader.caseload(principal, principal.userId);
    if (!query.coachId) throw new NotFoundError('coach');
    return this.reader.caseload(principal, query.coachId);
  }

  @Roles('staff', 'admin')
  @Get('coaching/needing-coach')
  @ApiOkResponse({ type: [NeedingCoachResponse] })
  needingCoach() {
    return this.reader.needingCoach();
  }

  @Roles('staff', 'admin')
  @Get('coaching/at-risk')
  @ApiOkResponse({ type: [AtRiskResponse] })
  atRisk() {
    return this.reader.atRisk();
  }

  @Roles('staff', 'admin', 'coach')
  @Get('coaching/norms')
  @ApiOkResponse({ type: [NormResponse] })
  async norms(): Promise<NormResponse[]> {
    const weeksPerStudyYear = this.config.coaching.weeksPerStudyYear;
    return (await this.reader.norms()).map((norm) => ({ ...norm, weeksPerStudyYear, yearHours: yearNormHours(norm, weeksPerStudyYear) }));
  }

  @Roles('admin', 'staff')
  @Put('coaching/norms')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrorResponses(400, 422)
  async setNorm(@CurrentPrincipal() principal: Principal, @Body() request: NormRequest): Promise<void> {
    await this.sessions.setNorm(principal, request);
  }

  /** The web page offers editing and deleting only where the service allows it: the author, within the window (by the API's clock). */
  private withMayChange(principal: Principal, sessions: ProgrammeCoachingView['sessions']): CoachingSessionResponse[] {
    const now = this.clock.now();
    return sessions.map((session) => ({
      ...session,
      authorName: session.authorName ?? '',
      mayChange: session.authorId === principal.userId && withinEditWindow(session.createdAt, now),
    }));
  }
}
