import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { ExportService } from '@app/imports';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { ExportQueryRequest } from './export.request';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Issue 15, item 5: the history in the import's workbook format, with the reports' filters. The central desk only (others 404). */
@ApiTags('imports')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Roles('staff', 'admin')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportService) {}

  @Get('workbook.xlsx')
  @ApiOkResponse({
    description: 'The workbook in the import format (sheets as in the template).',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrorResponses(400)
  async workbook(@CurrentPrincipal() principal: Principal, @Query() query: ExportQueryRequest, @Res() reply: FastifyReply): Promise<void> {
    const stream = new PassThrough();
    const written = this.exports.export(
      principal,
      { schoolYear: query.schoolYear ?? null, region: query.region ?? null, boardId: query.boardId ?? null, route: query.route ?? null },
      stream,
    );
    // A failure before the first byte is answered as an error; the writer ends the stream when done.
    written.catch((error: unknown) => stream.destroy(error as Error));
    await reply
      .header('Content-Type', XLSX)
      .header('Content-Disposition', 'attachment; filename="zij-instroom-export.xlsx"')
      .header('Cache-Control', 'no-store')
      .send(stream);
  }
}
