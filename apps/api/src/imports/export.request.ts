import type { Region } from '@app/shared';
import { OptionalRegion, OptionalSchoolYear, OptionalText, OptionalUuid } from '../http/request-fields';

/** The export's filters, as the reports take them (§5). */
export class ExportQueryRequest {
  @OptionalSchoolYear('Schooljaar', { description: 'People who applied in the school year or whose first programme started in it.' })
  schoolYear?: string;

  @OptionalRegion() region?: Region;

  @OptionalUuid('Schoolbestuur', { api: { format: 'uuid', description: 'People with a placement at this board.' } }) boardId?: string;

  @OptionalText('Route', { max: 40, api: { description: 'The code of the route people applied for.' } }) route?: string;
}
