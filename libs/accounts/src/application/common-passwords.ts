/**
 * Passwords refused whatever the estimator says: the product's own demo password (public in the
 * README) and well-known Dutch and English passwords of 12 characters or more that score high only
 * because of their length. zxcvbn's own common list (language-common, from breached-password
 * corpora) covers the rest. Compared lowercased, without spaces.
 */
export const REFUSED_PASSWORDS: ReadonlySet<string> = new Set([
  'demo-wachtwoord-2026',
  'welkom123456',
  'welkomwelkom',
  'wachtwoord123',
  'wachtwoord1234',
  'wachtwoord12345',
  'wachtwoord2024',
  'wachtwoord2025',
  'wachtwoord2026',
  'flevowijs2026',
  'flevowijs12345',
  'zij-instroom2026',
  'password1234',
  'password12345',
  'passwordpassword',
  'qwertyuiop123',
  'letmein123456',
  'administrator1',
]);
