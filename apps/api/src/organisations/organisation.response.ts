import { ApiProperty } from '@nestjs/swagger';
import { REGIONS, type Region } from '@app/shared';
import type { BoardView, InstituteView, SchoolView } from '@app/organisations';

export class BoardResponse implements BoardView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: REGIONS }) region!: Region;
  @ApiProperty({ format: 'date', example: '2024-08-01' }) joinedAt!: string;
  @ApiProperty({ description: 'A deactivated board keeps its history but gets no new users.' }) active!: boolean;
}

export class SchoolResponse implements SchoolView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() city!: string;
}

export class InstituteResponse implements InstituteView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'A deactivated institute keeps its history but gets no new users.' }) active!: boolean;
}
