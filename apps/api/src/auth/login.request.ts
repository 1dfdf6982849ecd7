import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'medewerker@flevowijs.nl' })
  @IsEmail({}, { message: 'email moet een geldig e-mailadres zijn.' })
  @MaxLength(254, { message: 'email is te lang.' })
  email!: string;

  @ApiProperty()
  @IsString({ message: 'password is verplicht.' })
  @MinLength(1, { message: 'password is verplicht.' })
  @MaxLength(200, { message: 'password is te lang.' })
  password!: string;
}
