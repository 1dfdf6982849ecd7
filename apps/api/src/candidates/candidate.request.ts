import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { STAGES, type Stage } from '@app/candidates';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CandidateListRequest {
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES, { message: `stage moet een van ${STAGES.join(', ')} zijn.` }) stage?: Stage;
  @ApiPropertyOptional({ enum: REGIONS }) @IsOptional() @IsIn(REGIONS, { message: 'region moet almere of lelystad zijn.' }) region?: Region;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100, { message: 'q is te lang (maximaal 100 tekens).' }) q?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300, { message: 'cursor is ongeldig.' }) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit moet een geheel getal zijn.' })
  @Min(1, { message: 'limit moet minstens 1 zijn.' })
  @Max(100, { message: 'limit mag hoogstens 100 zijn.' })
  limit?: number;
}

export class CandidateColumnsRequest {
  @ApiPropertyOptional({ enum: REGIONS }) @IsOptional() @IsIn(REGIONS, { message: 'region moet almere of lelystad zijn.' }) region?: Region;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100, { message: 'q is te lang (maximaal 100 tekens).' }) q?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 8 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'perStage moet een geheel getal zijn.' })
  @Min(1, { message: 'perStage moet minstens 1 zijn.' })
  @Max(50, { message: 'perStage mag hoogstens 50 zijn.' })
  perStage?: number;
}

export class RejectRequest {
  @ApiProperty()
  @Transform(trimmed)
  @IsString({ message: 'reason is verplicht bij afwijzen.' })
  @MinLength(3, { message: 'reason is verplicht bij afwijzen (minstens 3 tekens).' })
  @MaxLength(2000, { message: 'reason is te lang.' })
  reason!: string;
}

export class WithdrawRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'reason moet tekst zijn.' })
  @MaxLength(2000, { message: 'reason is te lang.' })
  reason?: string;
}

export class EmptyRequest {}
