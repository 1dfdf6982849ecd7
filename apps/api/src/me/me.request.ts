import { RequiredText } from '../http/request-fields';

export class ChangePasswordRequest {
  @RequiredText('Huidig wachtwoord', { max: 200, trim: false }) currentPassword!: string;
  @RequiredText('Nieuw wachtwoord', {
    min: 12,
    max: 200,
    tooShort: 'Nieuw wachtwoord moet minstens 12 tekens hebben.',
    trim: false,
    api: { minLength: 12, description: 'At least 12 characters, not a known password, and strong by zxcvbn (score 3 or more).' },
  })
  newPassword!: string;
}

export class OneTimeCodeRequest {
  @RequiredText('Code', { max: 20, api: { description: 'A 6-digit code of the authenticator app (to turn off: or a recovery code).', example: '123456' } })
  code!: string;
}
