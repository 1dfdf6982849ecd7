import { EmailAddress, RequiredText } from '../http/request-fields';

export class LoginRequest {
  @EmailAddress({ trim: false, api: { example: 'medewerker@flevowijs.nl' } }) email!: string;
  @RequiredText('Wachtwoord', { max: 200, tooLong: 'Wachtwoord is te lang.', trim: false }) password!: string;
}

export class LoginCodeRequest {
  @RequiredText('Inlogstap', {
    max: 100,
    required: 'Inlogstap is verplicht: log opnieuw in met e-mailadres en wachtwoord.',
    tooLong: 'Inlogstap is ongeldig: log opnieuw in met e-mailadres en wachtwoord.',
    api: { description: 'The `challengeToken` of the password step.' },
  })
  challengeToken!: string;
  @RequiredText('Code', {
    max: 20,
    api: { description: 'The 6-digit code of the authenticator app, or one of the recovery codes (xxxxx-xxxxx).', example: '123456' },
  })
  code!: string;
}
