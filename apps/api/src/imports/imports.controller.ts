import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PassThrough } from 'node:stream';
import { ValidationFailedError } from '@app/shared';
import { ImportsService, MAX_IMPORT_BYTES, templateRows, writeWorkbook } from '@app/imports';
import type { Principal } from '@app/accounts';
import { uploadedFile, type SingleFileUpload } from '../applications/application-form';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { EmptyRequest } from '../candidates/candidate.request';
import { ImportResponse } from './import.response';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IMPORT_FILE: SingleFileUpload = { field: 'file', label: 'Bestand', maxBytes: MAX_IMPORT_BYTES };

/** Issue 15: the workbook template, the upload with its dry run, the commit and the import history. The central desk only (others 404). */
@ApiTags('imports')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Roles('staff', 'admin')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get('template.xlsx')
  @ApiOkResponse({
    description: 'The empty workbook with an example row per sheet and the sheet Toelichting.',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  async template(@Res() reply: FastifyReply): Promise<void> {
    const stream = new PassThrough();
    const written = writeWorkbook(stream, templateRows());
    written.catch((error: unknown) => stream.destroy(error as Error));
    await reply
      .header('Content-Type', XLSX)
      .header('Content-Disposition', 'attachment; filename="importsjabloon.xlsx"')
      .header('Cache-Control', 'no-store')
      .send(stream);
  }

  /** The dry run: nothing is written but the import's record; the answer lists what would change and every problem. */
  @Post()
  @RouteConfig({ singleFile: IMPORT_FILE, multipartOptions: { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } } })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'XLSX or CSV, at most 20 MB.' } } },
  })
  @ApiCreatedResponse({ type: ImportResponse })
  @ApiErrorResponses(400, 422)
  upload(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest): Promise<ImportResponse> {
    const file = request.isMultipart() ? uploadedFile(request) : null;
    if (!file) throw new ValidationFailedError([{ field: 'file', message: 'Bestand is verplicht: kies een .xlsx- of CSV-bestand (maximaal 20 MB).' }]);
    return this.imports.upload(principal, file);
  }

  @Get()
  @ApiOkResponse({ type: [ImportResponse], description: 'The import history, newest first.' })
  list(): Promise<ImportResponse[]> {
    return this.imports.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: ImportResponse })
  @ApiErrorResponses(404)
  get(@Param('id') id: string): Promise<ImportResponse> {
    return this.imports.get(id);
  }

  /** Queues the commit of a dry run without errors; poll the import for its progress. */
  @Post(':id/commit')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ImportResponse })
  @ApiErrorResponses(400, 404, 409)
  commit(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() _: EmptyRequest): Promise<ImportResponse> {
    return this.imports.requestCommit(principal, id);
  }
}
