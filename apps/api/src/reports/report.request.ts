import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { Region } from '@app/shared';
import { CalendarDay, Label, OptionalRegion, OptionalSchoolYear, OptionalUuid } from '../http/request-fields';

const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The filters of the convenant's reports (SPEC §5); a board user's board is forced by the server. */
export class ReportRequest {
  @OptionalSchoolYear('Schooljaar', { description: 'KPIs: the cohort (school year of the first start); funnel: the school year of application.' })
  schoolYear?: string;

  @OptionalRegion() region?: Region;

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
