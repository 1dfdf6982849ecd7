import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROLES, type Role } from '@app/shared';
import { EmailAddress, OptionalText, OptionalUuid, RequiredText } from '../http/request-fields';

const PASSWORD = { min: 12, max: 200, tooShort: 'password moet minstens 12 tekens hebben.', tooLong: 'password is te lang.', trim: false };

export class CreateUserRequest {
  @EmailAddress({ trim: false }) email!: string;
  @RequiredText('name', { min: 2, max: 120, trim: false }) name!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES, { message: `role moet een van ${ROLES.join(', ')} zijn.` }) role!: Role;
  @RequiredText('password', { ...PASSWORD, api: { minLength: 12 } }) password!: string;
  @OptionalUuid('boardId moet een id zijn.') boardId?: string;
  @OptionalUuid('instituteId moet een id zijn.') instituteId?: string;
}

export class UpdateUserRequest {
  @OptionalText('name', { min: 2, max: 120, notText: 'Naam moet tekst zijn.', tooShort: 'Naam is te kort.' }) name?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES, { message: `Rol moet een van ${ROLES.join(', ')} zijn.` }) role?: Role;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The board of a board user; left out keeps it.' })
  @IsOptional()
  @IsUUID('all', { message: 'Schoolbestuur moet een id zijn.' })
  boardId?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The institute of an institute user; left out keeps it.' })
  @IsOptional()
  @IsUUID('all', { message: 'Lerarenopleiding moet een id zijn.' })
  instituteId?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'active moet true of false zijn.' }) active?: boolean;
  @OptionalText('password', { ...PASSWORD, notText: 'password moet tekst zijn.' }) password?: string;
}

export class DirectoryRequest {
  @ApiProperty({ enum: ['staff', 'board', 'coach', 'institute'] })
  @IsIn(['staff', 'board', 'coach', 'institute'], { message: 'role moet staff, board, coach of institute zijn.' })
  role!: Exclude<Role, 'admin'>;

  @OptionalUuid('boardId moet een id zijn.') boardId?: string;
}
