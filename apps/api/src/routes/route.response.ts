import { ApiProperty } from '@nestjs/swagger';
import { DEGREE_LEVELS, type DegreeLevel, type RouteView } from '@app/routes';

export class RouteResponse implements RouteView {
  @ApiProperty({ example: 'zij_instroom' }) code!: string;
  @ApiProperty({ example: 'Zij-instroom' }) name!: string;
  @ApiProperty({ type: 'integer', example: 24 }) durationMonths!: number;
  @ApiProperty() assessmentRequired!: boolean;
  @ApiProperty({ enum: DEGREE_LEVELS, isArray: true }) degreeLevels!: DegreeLevel[];
  @ApiProperty({ description: 'A deactivated route is offered to no one new.' }) active!: boolean;
}

/** A route as the public form offers it: what the applicant chooses and what it accepts (R1). */
export class OfferedRouteResponse implements Pick<RouteView, 'code' | 'name' | 'degreeLevels'> {
  @ApiProperty({ example: 'zij_instroom' }) code!: string;
  @ApiProperty({ example: 'Zij-instroom' }) name!: string;
  @ApiProperty({ enum: DEGREE_LEVELS, isArray: true }) degreeLevels!: DegreeLevel[];
}
