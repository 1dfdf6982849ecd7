import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CandidatePersonalData } from '@app/candidates';
import { InspectionExportService } from '@app/privacy';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CandidateDetailResponse } from '../candidates/candidate.response';
import { EmptyRequest } from '../candidates/candidate.request';

/** R13 on one candidate: the consent to keep withdrawn on their behalf, and the inspection export. The central desk only (others 404). */
@ApiTags('privacy')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Roles('staff', 'admin')
@Controller('candidates/:id')
export class CandidatePrivacyController {
  constructor(
    private readonly personalData: CandidatePersonalData,
    private readonly exports: InspectionExportService,
  ) {}

  /** From now on the 4-week term applies (erased at the next daily run when 4 weeks have passed since closing). */
  @Post('consent/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: CandidateDetailResponse })
  @ApiErrorResponses(400, 404)
  withdrawConsent(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() _: EmptyRequest) {
    return this.personalData.withdrawConsent(principal, id);
  }

  @Get('export')
  @ApiOkResponse({
    description: 'A zip with gegevens.json (everything held on the person) and the documents under documenten/, under their kept names.',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrorResponses(404)
  async export(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Res() reply: FastifyReply) {
    const { fileName, archive } = await this.exports.export(principal, id);
    await reply
      .header('Content-Type', 'application/zip')
      .header('Content-Disposition', `attachment; filename="${fileName}"`)
      .header('Cache-Control', 'no-store')
      .send(archive);
  }
}
