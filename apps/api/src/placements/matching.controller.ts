import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MatchingReader, MatchingService } from '@app/placements';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { DeclineProposalRequest, ProposalListRequest, ProposeCandidateRequest } from './placement.request';
import { PoolCandidateResponse, ProposalResponse } from './placement.response';

/**
 * Matching: the central desk sees the pool and proposes candidates to boards; a board sees the
 * proposals made to it and declines with a reason (it accepts by placing: POST /api/placements).
 */
@ApiTags('placements')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('matching')
export class MatchingController {
  constructor(
    private readonly matching: MatchingService,
    private readonly reader: MatchingReader,
  ) {}

  @Roles('staff', 'admin')
  @Get('pool')
  @ApiOkResponse({ type: [PoolCandidateResponse] })
  pool(@CurrentPrincipal() principal: Principal) {
    return this.reader.pool(principal);
  }

  @Roles('staff', 'admin')
  @Post('proposals')
  @ApiCreatedResponse({ type: ProposalResponse })
  @ApiErrorResponses(400, 404, 409)
  propose(@CurrentPrincipal() principal: Principal, @Body() request: ProposeCandidateRequest) {
    return this.matching.propose(principal, request);
  }

  @Roles('staff', 'admin', 'board')
  @Get('proposals')
  @ApiOkResponse({ type: [ProposalResponse] })
  @ApiErrorResponses(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ProposalListRequest) {
    return this.reader.list(principal, query.status);
  }

  @Roles('staff', 'admin', 'board')
  @Post('proposals/:id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: ProposalResponse })
  @ApiErrorResponses(400, 404, 409)
  decline(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: DeclineProposalRequest) {
    return this.matching.decline(principal, id, request.reason);
  }
}
