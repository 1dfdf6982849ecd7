import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@app/shared';

export class CreateUserRequest {
  @ApiProperty() @IsEmail({}, { message: 'email moet een geldig e-mailadres zijn.' }) @MaxLength(254, { message: 'email is te lang.' }) email!: string;
  @ApiProperty()
  @IsString({ message: 'name is verplicht.' })
  @MinLength(2, { message: 'name is verplicht.' })
  @MaxLength(120, { message: 'name is te lang (maximaal 120 tekens).' })
  name!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES, { message: `role moet een van ${ROLES.join(', ')} zijn.` }) role!: Role;
  @ApiProperty({ minLength: 12 })
  @IsString({ message: 'password is verplicht.' })
  @MinLength(12, { message: 'password moet minstens 12 tekens hebben.' })
  @MaxLength(200, { message: 'password is te lang.' })
  password!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'boardId moet een id zijn.' }) boardId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'instituteId moet een id zijn.' }) instituteId?: string;
}

export class UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'name moet tekst zijn.' })
  @MinLength(2, { message: 'name is te kort.' })
  @MaxLength(120, { message: 'name is te lang (maximaal 120 tekens).' })
  name?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'active moet true of false zijn.' }) active?: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'password moet tekst zijn.' })
  @MinLength(12, { message: 'password moet minstens 12 tekens hebben.' })
  @MaxLength(200, { message: 'password is te lang.' })
  password?: string;
}

export class DirectoryRequest {
  @ApiProperty({ enum: ['staff', 'board', 'coach', 'institute'] })
  @IsIn(['staff', 'board', 'coach', 'institute'], { message: 'role moet staff, board, coach of institute zijn.' })
  role!: Exclude<Role, 'admin'>;

  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'boardId moet een id zijn.' }) boardId?: string;
}
