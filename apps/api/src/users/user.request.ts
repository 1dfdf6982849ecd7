import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROLES, type Role } from '@app/shared';
import { EmailAddress, Label, OptionalText, OptionalUuid, RequiredText } from '../http/request-fields';

const PASSWORD = {
  min: 12,
  max: 200,
  tooShort: 'Wachtwoord moet minstens 12 tekens hebben.',
  tooLong: 'Wachtwoord is te lang (maximaal 200 tekens).',
  trim: false,
};

export class CreateUserRequest {
  @EmailAddress({ trim: false }) email!: string;
  @RequiredText('Naam', { min: 2, max: 120, trim: false }) name!: string;
  @ApiProperty({ enum: ROLES }) @Label('Rol') @IsIn(ROLES, { message: `Rol moet een van ${ROLES.join(', ')} zijn.` }) role!: Role;
  @RequiredText('Wachtwoord', { ...PASSWORD, api: { minLength: 12 } }) password!: string;
  @OptionalUuid('Schoolbestuur') boardId?: string;
  @OptionalUuid('Lerarenopleiding') instituteId?: string;
}

export class UpdateUserRequest {
  @OptionalText('Naam', { min: 2, max: 120, tooShort: 'Naam is te kort.' }) name?: string;
  @ApiPropertyOptional({ enum: ROLES })
  @Label('Rol')
  @IsOptional()
  @IsIn(ROLES, { message: `Rol moet een van ${ROLES.join(', ')} zijn.` })
  role?: Role;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The board of a board user; left out keeps it.' })
  @Label('Schoolbestuur')
  @IsOptional()
  @IsUUID('all', { message: 'Schoolbestuur moet een id zijn.' })
  boardId?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The institute of an institute user; left out keeps it.' })
  @Label('Lerarenopleiding')
  @IsOptional()
  @IsUUID('all', { message: 'Lerarenopleiding moet een id zijn.' })
  instituteId?: string;
  @ApiPropertyOptional() @Label('Actief') @IsOptional() @IsBoolean({ message: 'Actief moet true of false zijn.' }) active?: boolean;
  @OptionalText('Wachtwoord', PASSWORD) password?: string;
}

export class DirectoryRequest {
  @ApiProperty({ enum: ['staff', 'board', 'coach', 'institute'] })
  @Label('Rol')
  @IsIn(['staff', 'board', 'coach', 'institute'], { message: 'Rol moet staff, board, coach of institute zijn.' })
  role!: Exclude<Role, 'admin'>;

  @OptionalUuid('Schoolbestuur') boardId?: string;
}
