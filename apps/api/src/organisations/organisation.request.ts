import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { CalendarDay } from '../http/request-fields';

export class CreateBoardRequest {
  @ApiProperty() @IsString() @MinLength(2, { message: 'name is verplicht.' }) @MaxLength(200) name!: string;
  @ApiProperty({ enum: REGIONS }) @IsIn(REGIONS, { message: 'region moet almere of lelystad zijn.' }) region!: Region;
  @ApiProperty({ example: '2024-08-01' }) @CalendarDay('joinedAt') joinedAt!: string;
}

export class CreateSchoolRequest {
  @ApiProperty() @IsString() @MinLength(2, { message: 'name is verplicht.' }) @MaxLength(200) name!: string;
  @ApiProperty() @IsString() @MinLength(2, { message: 'city is verplicht.' }) @MaxLength(100) city!: string;
}

export class CreateInstituteRequest {
  @ApiProperty() @IsString() @MinLength(2, { message: 'name is verplicht.' }) @MaxLength(200) name!: string;
}
