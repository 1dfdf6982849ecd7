import { Body, Controller, Headers, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CandidateRouteService } from '@app/candidates';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { ApiIfMatchHeader, entityTag, versionFromIfMatch } from '../http/entity-tag';
import { CandidateDetailResponse } from '../candidates/candidate.response';
import { ChangeCandidateRouteRequest } from './route.request';

/** The route a candidate intends to take, changed by the desk before the programme (audited, If-Match like the stage commands). */
@ApiTags('candidates')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('candidates')
export class CandidateRouteController {
  constructor(private readonly routes: CandidateRouteService) {}

  @Roles('staff', 'admin')
  @Put(':id/route')
  @ApiIfMatchHeader()
  @ApiOkResponse({ type: CandidateDetailResponse, headers: { ETag: { description: "The candidate's new version.", schema: { type: 'string' } } } })
  @ApiErrorResponses(400, 404, 409, 412, 422)
  async change(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() request: ChangeCandidateRouteRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const candidate = await this.routes.change(principal, id, request.route, versionFromIfMatch(ifMatch));
    void reply.header('ETag', entityTag(candidate.version));
    return candidate;
  }
}
