import { randomBytes } from 'node:crypto';
import { ValidationFailedError } from '@app/shared';
import { PasswordPolicy } from './password-policy';
import { openSecret, sealSecret } from './secret-box';

describe('password policy', () => {
  const policy = new PasswordPolicy();
  const refusal = (password: string, inputs: string[] = []) => {
    try {
      policy.assertStrong(password, inputs);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailedError);
      return (error as ValidationFailedError).fields[0];
    }
  };

  it('refuses short, repeated, common, listed and personal passwords, naming the field in Dutch', () => {
    expect(refusal('kort-genoeg')?.message).toMatch(/minstens 12 tekens/);
    expect(refusal('aaaaaaaaaaaa')).toEqual({ field: 'password', message: expect.stringMatching(/te zwak/) });
    expect(refusal('password1234')?.message).toMatch(/te zwak|bekende/);
    expect(refusal('Demo-wachtwoord-2026')?.message).toMatch(/bekende of gelekte/);
    expect(refusal('Sanne de Vries 2024', ['Sanne de Vries', 'sanne@example.nl'])?.message).toMatch(/te zwak/);
  });

  it('takes a long passphrase', () => {
    expect(refusal('paars-olifant-fietst-snel')).toBeNull();
  });
});

describe('secret box', () => {
  it('seals and opens a TOTP secret; another key or a changed text does not open', () => {
    const key = randomBytes(32);
    const sealed = sealSecret(key, 'JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(key, sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openSecret(randomBytes(32), sealed)).toThrow();
    expect(() => openSecret(key, `${sealed.slice(0, -2)}AA`)).toThrow();
  });
});
