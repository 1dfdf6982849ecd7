import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { CalendarDay, Label, OptionalUuid } from '../http/request-fields';

const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const SCHOOL_YEAR = /^\d{4}-\d{4}$/;

/** The filters of the convenant's reports (SPEC §5); a board user's board is forced by the server. */
export class ReportRequest {
  @ApiPropertyOptional({ example: '2025-2026', description: 'KPIs: the cohort (school year of the first start); funnel: the school year of application.' })
  @Label('Schooljaar')
  @IsOptional()
  @Matches(SCHOOL_YEAR, { message: 'Schooljaar moet een schooljaar zijn als JJJJ-JJJJ, bijvoorbeeld 2025-2026.' })
  schoolYear?: string;

  @ApiPropertyOptional({ enum: REGIONS })
  @Label('Regio')
  @IsOptional()
  @IsIn(REGIONS, { message: `Regio moet een van deze zijn: ${REGIONS.join(', ')}.` })
  region?: Region;

  @OptionalUuid('Schoolbestuur', { api: { format: 'uuid' } }) boardId?: string;

  @ApiPropertyOptional({ example: 'zij_instroom', description: 'The route (trajectvorm) code.' })
  @Label('Route')
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'Route moet een routecode zijn, bijvoorbeeld zij_instroom of ad_pep.' })
  route?: string;

  @ApiPropertyOptional({ example: '2026-07-31', description: 'The figures as they stood on this day (default today); not in the future.' })
  @IsOptional()
  @CalendarDay('Peildatum')
  asOf?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @Label('Formaat')
  @IsOptional()
  @IsIn(REPORT_FORMATS, { message: 'Formaat moet json, csv of xlsx zijn.' })
  format?: ReportFormat;
}

export class SnapshotListRequest {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day (default 90 days before until).' })
  @IsOptional()
  @CalendarDay('Vanaf')
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last day, included (default today).' })
  @IsOptional()
  @CalendarDay('Tot en met')
  until?: string;
}
