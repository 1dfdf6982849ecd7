import { ConfigurationError, loadConfig } from './app-config';
import { thrownBy } from '../../../../test/support/thrown-by';

const VALID = {
  DATABASE_URL: 'postgres://user@localhost:5432/zij',
  SMTP_URL: 'smtp://localhost:2525',
  ADMIN_EMAIL: 'Beheer@Flevowijs.nl',
  ADMIN_PASSWORD: 'lang-genoeg-wachtwoord',
  STORAGE_DIR: '/var/lib/zij',
};

const refusal = (environment: Record<string, string | undefined>): ConfigurationError => thrownBy(ConfigurationError, () => loadConfig(environment));

describe('loadConfig', () => {
  it('reads a valid environment', () => {
    const config = loadConfig(VALID);
    expect(config.databaseUrl).toBe(VALID.DATABASE_URL);
    expect(config.adminEmail).toBe('beheer@flevowijs.nl');
    expect(config.loginAttemptsPerMinute).toBe(10);
    expect(config.corsOrigins).toEqual([]);
    expect(loadConfig({ ...VALID, CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it.each(['DATABASE_URL', 'SMTP_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'STORAGE_DIR'])('refuses a missing %s and names it', (name) => {
    expect(refusal({ ...VALID, [name]: undefined }).message).toContain(name);
    expect(refusal({ ...VALID, [name]: '   ' }).message).toContain(name);
  });

  it('refuses a DATABASE_URL that is not a postgres URL, naming it', () => {
    expect(refusal({ ...VALID, DATABASE_URL: 'mysql://localhost/zij' }).message).toContain('DATABASE_URL');
    expect(refusal({ ...VALID, DATABASE_URL: 'geen url' }).message).toContain('DATABASE_URL');
  });

  it('refuses a short admin password and a malformed number', () => {
    expect(refusal({ ...VALID, ADMIN_PASSWORD: 'kort' }).message).toContain('ADMIN_PASSWORD');
    expect(refusal({ ...VALID, LOGIN_ATTEMPTS_PER_MINUTE: 'tien' }).message).toContain('LOGIN_ATTEMPTS_PER_MINUTE');
  });

  describe('QUEUE_BACKEND', () => {
    it('auto picks redis when REDIS_URL is set, postgres otherwise', () => {
      expect(loadConfig({ ...VALID, REDIS_URL: 'redis://localhost:6379' }).queueBackend).toBe('redis');
      expect(loadConfig({ ...VALID, QUEUE_BACKEND: 'auto', REDIS_URL: 'redis://localhost:6379' }).queueBackend).toBe('redis');
      expect(loadConfig(VALID).queueBackend).toBe('postgres');
      expect(loadConfig({ ...VALID, QUEUE_BACKEND: 'auto' }).queueBackend).toBe('postgres');
    });

    it('redis needs REDIS_URL', () => {
      expect(loadConfig({ ...VALID, QUEUE_BACKEND: 'redis', REDIS_URL: 'redis://localhost:6379' }).queueBackend).toBe('redis');
      expect(refusal({ ...VALID, QUEUE_BACKEND: 'redis' }).message).toContain('REDIS_URL');
    });

    it('postgres is used even when REDIS_URL is set', () => {
      expect(loadConfig({ ...VALID, QUEUE_BACKEND: 'postgres', REDIS_URL: 'redis://localhost:6379' }).queueBackend).toBe('postgres');
    });

    it('refuses anything else, naming QUEUE_BACKEND', () => {
      expect(refusal({ ...VALID, QUEUE_BACKEND: 'kafka' }).message).toContain('QUEUE_BACKEND');
    });

    it('refuses a REDIS_URL that is not a redis URL', () => {
      expect(refusal({ ...VALID, REDIS_URL: 'http://localhost:6379' }).message).toContain('REDIS_URL');
    });
  });
});
