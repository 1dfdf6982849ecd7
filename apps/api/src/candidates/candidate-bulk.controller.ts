import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ValidationFailedError } from '@app/shared';
import { CandidateBulkService, CandidateExportService, type BulkSelection } from '@app/candidates';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { BulkRejectRequest, BulkSelectionRequest } from './candidate-bulk.request';
import { BulkRejectResultResponse, BulkResultResponse } from './candidate-bulk.response';

/** Bulk actions on the candidate list (issue 16 item 3): the desk's. Each candidate is its own command; the result lists both outcomes. */
@ApiTags('candidates')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Roles('staff', 'admin')
@Controller('candidates/bulk')
export class CandidateBulkController {
  constructor(
    private readonly bulk: CandidateBulkService,
    private readonly exports: CandidateExportService,
  ) {}

  @Post('screening')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultResponse })
  @ApiErrorResponses(400)
  screening(@CurrentPrincipal() principal: Principal, @Body() request: BulkSelectionRequest) {
    return this.bulk.startScreening(principal, selectionOf(request));
  }

  @Post('reject')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkRejectResultResponse })
  @ApiErrorResponses(400)
  reject(@CurrentPrincipal() principal: Principal, @Body() request: BulkRejectRequest) {
    return this.bulk.reject(principal, selectionOf(request), request.reason);
  }

  @Post('reject/:batchId/undo')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultResponse })
  @ApiErrorResponses(404)
  undo(@CurrentPrincipal() principal: Principal, @Param('batchId') batchId: string) {
    return this.bulk.undoRejection(principal, batchId);
  }

  @Post('export')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'The selection as CSV for Excel: `;`-separated, UTF-8 with a byte-order mark.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrorResponses(400)
  async export(@CurrentPrincipal() principal: Principal, @Body() request: BulkSelectionRequest, @Res() reply: FastifyReply): Promise<void> {
    const csv = await this.exports.csv(principal, selectionOf(request));
    await reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="kandidaten.csv"')
      .header('Cache-Control', 'no-store')
      .send(csv);
  }
}

function selectionOf(request: BulkSelectionRequest): BulkSelection {
  if (request.candidates && !request.filter) return { candidates: request.candidates };
  if (request.filter && !request.candidates) return { filter: request.filter };
  const message = 'Kies kandidaten op de pagina, of alle kandidaten die aan de filters voldoen (niet allebei).';
  throw new ValidationFailedError([{ field: 'candidates', message }], message);
}
