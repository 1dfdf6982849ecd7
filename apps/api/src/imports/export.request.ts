import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { Label, OptionalText, OptionalUuid } from '../http/request-fields';

/** The export's filters, as the reports take them (§5). */
export class ExportQueryRequest {
  @ApiPropertyOptional({ example: '2025-2026', description: 'People who applied in the school year or whose first programme started in it.' })
  @Label('Schooljaar')
  @IsOptional()
  @Matches(/^\d{4}-\d{4}$/, { message: 'Schooljaar moet een schooljaar zijn als JJJJ-JJJJ, bijvoorbeeld 2025-2026.' })
  schoolYear?: string;

  @ApiPropertyOptional({ enum: REGIONS })
  @Label('Regio')
  @IsOptional()
  @IsIn(REGIONS, { message: `Regio moet een van deze zijn: ${REGIONS.join(', ')}.` })
  region?: Region;

  @OptionalUuid('Schoolbestuur', { api: { format: 'uuid', description: 'People with a placement at this board.' } }) boardId?: string;

  @OptionalText('Route', { max: 40, api: { description: 'The code of the route people applied for.' } }) route?: string;
}
