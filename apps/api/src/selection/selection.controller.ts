import { applyDecorators, Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/accounts';
import type { Role } from '@app/shared';
import { InterviewDecisionsService, InterviewReader, InterviewsService, type ScheduleInterviewInput } from '@app/selection';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses, type ErrorStatus } from '../http/error.response';
import { InterviewResponse } from './interview.response';
import { AdviceRequest, CancelInterviewRequest, OutcomeRequest, RescheduleInterviewRequest, ScheduleInterviewRequest } from './interview.request';

/** A command on an interview (POST, 200) that answers the interview as it is after it. */
const InterviewCommand = (action: string, roles: Role[], errors: ErrorStatus[] = [400, 409, 422]) =>
  applyDecorators(Roles(...roles), Post(`interviews/:id/${action}`), HttpCode(200), ApiOkResponse({ type: InterviewResponse }), ApiErrorResponses(...errors));

@ApiTags('selection')
@ApiBearerAuth()
@ApiErrorResponses(401, 404)
@Controller()
export class SelectionController {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly decisions: InterviewDecisionsService,
    private readonly reader: InterviewReader,
  ) {}

  @Roles('staff', 'admin')
  @Post('candidates/:id/interviews')
  @ApiCreatedResponse({ type: InterviewResponse })
  @ApiErrorResponses(400, 409, 422)
  schedule(@CurrentPrincipal() principal: Principal, @Param('id') candidateId: string, @Body() request: ScheduleInterviewRequest) {
    return this.interviews.schedule(principal, candidateId, request satisfies ScheduleInterviewInput);
  }

  @Get('candidates/:id/interviews')
  @ApiOkResponse({ type: [InterviewResponse] })
  list(@CurrentPrincipal() principal: Principal, @Param('id') candidateId: string) {
    return this.reader.listForCandidate(principal, candidateId);
  }

  @Get('interviews/:id')
  @ApiOkResponse({ type: InterviewResponse })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.reader.get(principal, id);
  }

  @Roles('staff', 'admin')
  @Patch('interviews/:id')
  @ApiOkResponse({ type: InterviewResponse })
  @ApiErrorResponses(400, 409, 422)
  reschedule(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: RescheduleInterviewRequest) {
    return this.interviews.reschedule(principal, id, request);
  }

  @InterviewCommand('cancel', ['staff', 'admin'], [400, 409])
  cancel(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: CancelInterviewRequest) {
    return this.interviews.cancel(principal, id, request.reason);
  }

  @InterviewCommand('advice', ['staff', 'admin', 'board'])
  advice(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: AdviceRequest) {
    return this.decisions.recordAdvice(principal, id, request);
  }

  @InterviewCommand('outcome', ['staff', 'admin'])
  outcome(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: OutcomeRequest) {
    return this.decisions.recordOutcome(principal, id, request);
  }
}
