import { EmailAddress, RequiredText } from '../http/request-fields';

export class LoginRequest {
  @EmailAddress({ trim: false, api: { example: 'medewerker@flevowijs.nl' } }) email!: string;
  @RequiredText('password', { max: 200, tooLong: 'password is te lang.', trim: false }) password!: string;
}
