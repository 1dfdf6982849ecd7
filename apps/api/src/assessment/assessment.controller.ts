import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AssessmentsService } from '@app/assessment';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { AssessmentListRequest, RecordOutcomeRequest, RequestAssessmentRequest } from './assessment.request';
import { AssessmentResponse } from './assessment.response';
import { ApiErrorResponses } from '../http/error.response';

/** Suitability assessments (R6); scope per role as in R14, everything else answers 404. */
@ApiTags('assessments')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller()
export class AssessmentController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Roles('staff', 'admin', 'board')
  @Post('candidates/:id/assessments')
  @ApiCreatedResponse({ type: AssessmentResponse })
  @ApiErrorResponses(400, 404, 409, 422)
  request(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: RequestAssessmentRequest) {
    return this.assessments.request(principal, id, request);
  }

  @Get('candidates/:id/assessments')
  @ApiOkResponse({ type: [AssessmentResponse] })
  @ApiErrorResponses(404)
  listForCandidate(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.assessments.listForCandidate(principal, id);
  }

  @Roles('staff', 'admin', 'institute', 'board')
  @Get('assessments')
  @ApiOkResponse({ type: [AssessmentResponse] })
  @ApiErrorResponses(400, 404)
  list(@CurrentPrincipal() principal: Principal, @Query() query: AssessmentListRequest) {
    return this.assessments.list(principal, query);
  }

  @Roles('staff', 'admin', 'institute')
  @Post('assessments/:id/outcome')
  @HttpCode(200)
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiErrorResponses(400, 404, 409, 422)
  recordOutcome(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: RecordOutcomeRequest) {
    return this.assessments.recordOutcome(principal, id, request);
  }
}
