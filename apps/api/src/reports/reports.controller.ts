import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Clock, addDays, calendarDate, today } from '@app/shared';
import type { Principal } from '@app/accounts';
import {
  CSV_MEDIA_TYPE,
  ReportExportService,
  ReportsReader,
  SnapshotsService,
  XLSX_MEDIA_TYPE,
  funnelTables,
  kpiTables,
  type ReportFilters,
  type ReportTable,
} from '@app/reporting';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { ReportRequest, SnapshotListRequest, type ReportFormat } from './report.request';
import { FunnelReportResponse, KpiReportResponse, SnapshotResponse } from './report.response';

/**
 * JSON, or the export as a file: the 200 answer lists the three media types (not @ApiProduces, which
 * would also give the JSON error answers a CSV and XLSX media type).
 */
function reportContent(model: typeof KpiReportResponse | typeof FunnelReportResponse) {
  return {
    'application/json': { schema: { $ref: getSchemaPath(model) } },
    'text/csv': { schema: { type: 'string', format: 'binary' } },
    [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
  };
}

const SNAPSHOT_DAYS = 90;

/**
 * The convenant's monitoring (SPEC §5): the KPI report and the funnel as JSON, CSV or XLSX; staff
 * and administrators see everything, a board user its own board (forced; another board's id
 * answers 404); coaches and institutes none (404, as if the routes did not exist, R14). The
 * nightly snapshots, the trend, are for the central desk.
 */
@ApiTags('reports')
@ApiBearerAuth()
@ApiErrorResponses(401)
@ApiExtraModels(KpiReportResponse, FunnelReportResponse)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsReader,
    private readonly exports: ReportExportService,
    private readonly snapshots: SnapshotsService,
    private readonly clock: Clock,
  ) {}

  @Roles('staff', 'admin', 'board')
  @Get('kpis')
  @ApiOkResponse({
    description: 'The convenant figures with their targets; with format=csv or xlsx a file to download.',
    content: reportContent(KpiReportResponse),
  })
  @ApiErrorResponses(400, 404)
  async kpis(@CurrentPrincipal() principal: Principal, @Query() query: ReportRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.reports.kpis(principal, query);
    return query.format && query.format !== 'json' ? this.file(reply, query.format, 'convenantcijfers', report.filters, kpiTables(report)) : report;
  }

  @Roles('staff', 'admin', 'board')
  @Get('funnel')
  @ApiOkResponse({
    description: 'The funnel per school year of application; with format=csv or xlsx a file to download.',
    content: reportContent(FunnelReportResponse),
  })
  @ApiErrorResponses(400, 404)
  async funnel(@CurrentPrincipal() principal: Principal, @Query() query: ReportRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.reports.funnel(principal, query);
    return query.format && query.format !== 'json' ? this.file(reply, query.format, 'trechter', report.filters, funnelTables(report)) : report;
  }

  @Roles('staff', 'admin')
  @Get('snapshots')
  @ApiOkResponse({ type: [SnapshotResponse], description: 'The nightly snapshots of the unfiltered figures, oldest first: the trend.' })
  @ApiErrorResponses(400)
  snapshotList(@Query() query: SnapshotListRequest) {
    const until = query.until ?? today(this.clock.now());
    return this.snapshots.between(query.from ?? addDays(calendarDate(until), -SNAPSHOT_DAYS), until);
  }

  private async file(reply: FastifyReply, format: Exclude<ReportFormat, 'json'>, name: string, filters: ReportFilters, tables: ReportTable[]): Promise<Buffer> {
    const fileName = [name, filters.schoolYear, filters.region, `peildatum-${filters.asOf}`].filter(Boolean).join('-') + `.${format}`;
    const body = format === 'csv' ? this.exports.csv(tables) : await this.exports.xlsx(tables);
    reply
      .header('Content-Type', format === 'csv' ? CSV_MEDIA_TYPE : XLSX_MEDIA_TYPE)
      .header('Content-Disposition', `attachment; filename="${fileName}"`)
      .header('Cache-Control', 'no-store');
    return body;
  }
}
