import { EmailAddress, RequiredText } from '../http/request-fields';

export class PasswordResetRequest {
  @EmailAddress({ trim: true, api: { example: 'medewerker@flevowijs.nl' } }) email!: string;
}

export class PasswordResetConfirmRequest {
  @RequiredText('Herstellink', { max: 100, api: { description: 'The token of the link in the mail (after `#token=`).' } }) token!: string;
  @RequiredText('Nieuw wachtwoord', {
    min: 12,
    max: 200,
    tooShort: 'Nieuw wachtwoord moet minstens 12 tekens hebben.',
    trim: false,
    api: { minLength: 12, description: 'At least 12 characters, not a known password, and strong by zxcvbn (score 3 or more).' },
  })
  newPassword!: string;
}
