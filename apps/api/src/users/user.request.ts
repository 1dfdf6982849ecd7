import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@app/shared';

export class CreateUserRequest {
  @ApiProperty() @IsEmail({}, { message: 'email moet een geldig e-mailadres zijn.' }) @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MinLength(2, { message: 'name is verplicht.' }) @MaxLength(120) name!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES, { message: `role moet een van ${ROLES.join(', ')} zijn.` }) role!: Role;
  @ApiProperty({ minLength: 12 }) @IsString() @MinLength(12, { message: 'password moet minstens 12 tekens hebben.' }) @MaxLength(200) password!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'boardId moet een id zijn.' }) boardId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'instituteId moet een id zijn.' }) instituteId?: string;
}

export class UpdateUserRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(2) @MaxLength(120) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'active moet true of false zijn.' }) active?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(12, { message: 'password moet minstens 12 tekens hebben.' }) @MaxLength(200) password?: string;
}

export class DirectoryRequest {
  @ApiProperty({ enum: ['staff', 'board', 'coach', 'institute'] })
  @IsIn(['staff', 'board', 'coach', 'institute'], { message: 'role moet staff, board, coach of institute zijn.' })
  role!: Exclude<Role, 'admin'>;

  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'boardId moet een id zijn.' }) boardId?: string;
}
