import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/accounts';
import { InterviewDecisionsService, InterviewReader, InterviewsService, type ScheduleInterviewInput } from '@app/selection';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { AdviceRequest, CancelInterviewRequest, OutcomeRequest, RescheduleInterviewRequest, ScheduleInterviewRequest } from './interview.request';

@ApiTags('selection')
@ApiBearerAuth()
@Controller()
export class SelectionController {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly decisions: InterviewDecisionsService,
    private readonly reader: InterviewReader,
  ) {}

  @Roles('staff', 'admin')
  @Post('candidates/:id/interviews')
  schedule(@CurrentPrincipal() principal: Principal, @Param('id') candidateId: string, @Body() request: ScheduleInterviewRequest) {
    return this.interviews.schedule(principal, candidateId, request satisfies ScheduleInterviewInput);
  }

  @Get('candidates/:id/interviews')
  list(@CurrentPrincipal() principal: Principal, @Param('id') candidateId: string) {
    return this.reader.listForCandidate(principal, candidateId);
  }

  @Get('interviews/:id')
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.reader.get(principal, id);
  }

  @Roles('staff', 'admin')
  @Patch('interviews/:id')
  reschedule(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: RescheduleInterviewRequest) {
    return this.interviews.reschedule(principal, id, request);
  }

  @Roles('staff', 'admin')
  @Post('interviews/:id/cancel')
  @HttpCode(200)
  cancel(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: CancelInterviewRequest) {
    return this.interviews.cancel(principal, id, request.reason);
  }

  @Roles('staff', 'admin', 'board')
  @Post('interviews/:id/advice')
  @HttpCode(200)
  advice(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: AdviceRequest) {
    return this.decisions.recordAdvice(principal, id, request);
  }

  @Roles('staff', 'admin')
  @Post('interviews/:id/outcome')
  @HttpCode(200)
  outcome(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: OutcomeRequest) {
    return this.decisions.recordOutcome(principal, id, request);
  }
}
