import { EmailAddress, RequiredText } from '../http/request-fields';

export class LoginRequest {
  @EmailAddress({ trim: false, api: { example: 'medewerker@flevowijs.nl' } }) email!: string;
  @RequiredText('password', { max: 200, tooLong: 'password is te lang.', trim: false }) password!: string;
}

export class LoginCodeRequest {
  @RequiredText('challengeToken', { max: 100, api: { description: 'The `challengeToken` of the password step.' } }) challengeToken!: string;
  @RequiredText('code', {
    max: 20,
    api: { description: 'The 6-digit code of the authenticator app, or one of the recovery codes (xxxxx-xxxxx).', example: '123456' },
  })
  code!: string;
}
