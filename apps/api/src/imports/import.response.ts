import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ImportCounts, ImportProblem, ImportStatus, ImportView } from '@app/imports';

const STATUSES: ImportStatus[] = ['checked', 'refused', 'queued', 'committed', 'failed'];

class ActionCountsResponse {
  @ApiProperty() create!: number;
  @ApiProperty() update!: number;
  @ApiProperty() unchanged!: number;
}

class ImportCountsResponse implements ImportCounts {
  @ApiProperty({ type: ActionCountsResponse, description: 'People (Kandidaten rows) to create, update or leave as they are.' }) people!: ActionCountsResponse;
  @ApiProperty() placements!: number;
  @ApiProperty() programmes!: number;
  @ApiProperty() sessions!: number;
  @ApiProperty() surveys!: number;
  @ApiProperty({ type: ActionCountsResponse }) capacity!: ActionCountsResponse;
}

class ImportProblemResponse implements ImportProblem {
  @ApiProperty({ example: 'Trajecten' }) sheet!: string;
  @ApiProperty({ type: Number, nullable: true, example: 4 }) row!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Datum VOG' }) column!: string | null;
  @ApiProperty({ enum: ['error', 'warning'] }) severity!: 'error' | 'warning';
  @ApiProperty({ type: String, nullable: true, example: 'R8' }) rule!: string | null;
  @ApiProperty({ example: 'R8: het traject vraagt een recente VOG …' }) message!: string;
}

class ImportUserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class PersonChangeResponse {
  @ApiProperty({ example: 'ZI-2022-00017' }) reference!: string;
  @ApiProperty({ enum: ['create', 'update'] }) action!: 'create' | 'update';
  @ApiProperty({ type: [String], description: 'What changes, in Dutch (for an update).' }) changes!: string[];
}

export class ImportResponse implements ImportView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ['xlsx', 'csv'] }) fileKind!: 'xlsx' | 'csv';
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ type: ImportUserResponse }) uploadedBy!: ImportUserResponse;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt!: Date;
  @ApiProperty({ enum: STATUSES, description: 'checked: the dry run found no errors; refused: it did; queued: being committed; committed; failed.' })
  status!: ImportStatus;
  @ApiProperty({ type: ImportCountsResponse, nullable: true }) counts!: ImportCountsResponse | null;
  @ApiProperty({ type: [ImportProblemResponse], description: 'Every problem of the dry run (empty in the history list).' }) problems!: ImportProblemResponse[];
  @ApiProperty() errorCount!: number;
  @ApiProperty() warningCount!: number;
  @ApiProperty({ description: 'Rows the commit works through.' }) rowsTotal!: number;
  @ApiProperty({ description: 'Rows the commit has written so far.' }) rowsDone!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) committedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) commitRequestedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) committedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) failure!: string | null;
  @ApiPropertyOptional({ type: [PersonChangeResponse], description: 'In the answer to an upload: each person the commit would create or update.' })
  changes?: PersonChangeResponse[];
}
