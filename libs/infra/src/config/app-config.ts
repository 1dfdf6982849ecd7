import { createHash } from 'node:crypto';
import { parseReportTargets, REPORT_TARGETS_HINT, type ConvenantTargets } from './report-targets';

/**
 * The only reader of process.env. Values are validated once at boot; a missing or malformed
 * value stops the process with one line that says what to set.
 */
export type QueueBackend = 'redis' | 'postgres';

export interface AppConfig {
  environment: 'production' | 'development' | 'test';
  databaseUrl: string;
  /** Undefined means: queues run on BullMQ's PostgreSQL backend. */
  redisUrl: string | undefined;
  queueBackend: QueueBackend;
  /** Namespace of the queue's keys in Redis, so several installations (or test runs) can share one Redis. */
  queuePrefix: string;
  smtpUrl: string;
  mailFrom: string;
  /** How applicants reach Flevowijs, shown on the public form and the privacy statement (CONTACT_EMAIL, CONTACT_PHONE). */
  contact: { email: string; phone: string };
  port: number;
  appUrl: string;
  adminEmail: string;
  adminPassword: string;
  storageDirectory: string;
  corsOrigins: string[];
  sessionHours: number;
  /** A session unused for longer than this is refused (SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
  /** Roles that must sign in with a one-time code (MFA_REQUIRED_ROLES); empty turns the requirement off. */
  mfaRequiredRoles: string[];
  /** AES-256-GCM key (32 bytes) that protects TOTP secrets at rest (TOTP_ENCRYPTION_KEY). */
  totpEncryptionKey: Buffer;
  loginAttemptsPerMinute: number;
  applicationsPerHour: number;
  logLevel: string;
  /** How the outbox keeps trying a job whose queue attempts are used up (RELIABILITY.md: nothing lost). */
  outbox: {
    /** Tries within one queue job, a second apart, before the outbox takes over. */
    queueAttempts: number;
    /** The longest wait between two outbox tries (the wait doubles up to this). */
    maxRetryDelaySeconds: number;
    /** How long after it was written a job is still tried; then it is dead and shown to administrators. */
    horizonHours: number;
  };
  /** R13: the retention terms (RETENTION_PROGRAMME_YEARS: years a programme participant is kept after the programme ends). */
  retention: { programmeYears: number };
  /** §5: the school weeks of a study year the coaching norm counts (COACHING_WEEKS_PER_STUDY_YEAR, default 40). */
  coaching: { weeksPerStudyYear: number };
  /** Seconds a stopping API keeps serving while reporting not ready, so the load balancer moves away first. */
  shutdownDrainSeconds: number;
  /** The lowest satisfaction-survey score (1–10) that counts as satisfied (SURVEY_SATISFIED_SCORE, default 7). */
  satisfiedScore: number;
  /** R12: the uitval rate (percent) at which staff are alerted about a cohort (UITVAL_ALERT_PERCENT, default 10). */
  uitvalAlertPercent: number;
  /** Issue 16: minutes a bulk rejection's mail waits, so the desk can undo it (BULK_REJECTION_MAIL_DELAY_MINUTES, default 180). */
  bulkRejectionMailDelayMinutes: number;
  /** §5: the convenant's targets per convenant period (REPORT_TARGETS, JSON; default the Almere addendum). */
  reports: { targets: ConvenantTargets[] };
}

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

type Environment = Record<string, string | undefined>;

function required(environment: Environment, name: string, hint: string): string {
  const value = environment[name]?.trim();
  if (!value) throw new ConfigurationError(`Set ${name} (${hint}).`);
  return value;
}

function optionalInteger(environment: Environment, name: string, fallback: number): number {
  const raw = environment[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigurationError(`Set ${name} to a positive whole number (now "${raw}").`);
  return value;
}

function optionalPositiveNumber(environment: Environment, name: string, fallback: number): number {
  const raw = environment[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigurationError(`Set ${name} to a positive number (now "${raw}").`);
  return value;
}

function optionalNonNegativeInteger(environment: Environment, name: string, fallback: number): number {
  const raw = environment[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigurationError(`Set ${name} to a whole number of 0 or more (now "${raw}").`);
  return value;
}

const MFA_ROLES = ['admin', 'staff', 'coach', 'board', 'institute'];

function mfaRequiredRoles(environment: Environment, nodeEnvironment: AppConfig['environment']): string[] {
  const raw = environment.MFA_REQUIRED_ROLES ?? (nodeEnvironment === 'production' ? 'admin,staff' : '');
  const roles = raw
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !MFA_ROLES.includes(role));
  if (unknown.length > 0) throw new ConfigurationError(`Set MFA_REQUIRED_ROLES to roles from ${MFA_ROLES.join(', ')} (now "${raw}").`);
  return roles;
}

/** Required in production; development and test derive a fixed key, so their TOTP secrets are not protected. */
function totpEncryptionKey(environment: Environment, nodeEnvironment: AppConfig['environment']): Buffer {
  const raw = environment.TOTP_ENCRYPTION_KEY?.trim();
  if (!raw) {
    if (nodeEnvironment === 'production') throw new ConfigurationError('Set TOTP_ENCRYPTION_KEY (32 random bytes as base64: `openssl rand -base64 32`).');
    return createHash('sha256').update(`zij-instroom ${nodeEnvironment} totp key`).digest();
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new ConfigurationError('Set TOTP_ENCRYPTION_KEY to 32 bytes as base64 (`openssl rand -base64 32`).');
  return key;
}

function url(name: string, value: string, protocols: string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigurationError(`Set ${name} to a URL like ${protocols[0]}//host:port (now not a URL).`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigurationError(`Set ${name} to a ${protocols.join(' or ')} URL (now ${parsed.protocol}).`);
  }
  return value;
}

function queueBackend(environment: Environment, redisUrl: string | undefined): QueueBackend {
  const choice = (environment.QUEUE_BACKEND ?? 'auto').trim() || 'auto';
  if (choice === 'auto') return redisUrl ? 'redis' : 'postgres';
  if (choice === 'redis') {
    if (!redisUrl) throw new ConfigurationError('Set REDIS_URL (QUEUE_BACKEND=redis needs a Redis server).');
    return 'redis';
  }
  if (choice === 'postgres') return 'postgres';
  throw new ConfigurationError(`Set QUEUE_BACKEND to auto, redis or postgres (now "${choice}").`);
}

/** DATABASE_URL alone, for tools that need nothing else (migrations, seed). */
export function loadDatabaseUrl(environment: Environment = process.env): string {
  return url('DATABASE_URL', required(environment, 'DATABASE_URL', 'postgres://user@host:5432/database'), ['postgres:', 'postgresql:']);
}

export function loadConfig(environment: Environment = process.env): AppConfig {
  const nodeEnvironment = environment.NODE_ENV === 'production' || environment.NODE_ENV === 'test' ? environment.NODE_ENV : 'development';
  const databaseUrl = loadDatabaseUrl(environment);
  const rawRedisUrl = environment.REDIS_URL?.trim() || undefined;
  const redisUrl = rawRedisUrl ? url('REDIS_URL', rawRedisUrl, ['redis:', 'rediss:']) : undefined;
  const port = optionalInteger(environment, 'PORT', 3000);
  const appUrl = url('APP_URL', environment.APP_URL?.trim() || `http://localhost:${port}`, ['http:', 'https:']);
  const adminPassword = required(environment, 'ADMIN_PASSWORD', 'the password of the first administrator, at least 12 characters');
  if (adminPassword.length < 12) throw new ConfigurationError('Set ADMIN_PASSWORD to at least 12 characters.');
  return {
    environment: nodeEnvironment,
    databaseUrl,
    redisUrl,
    queueBackend: queueBackend(environment, redisUrl),
    queuePrefix: environment.QUEUE_PREFIX?.trim() || 'zij',
    smtpUrl: url('SMTP_URL', required(environment, 'SMTP_URL', 'smtp://host:port of the mail relay'), ['smtp:', 'smtps:']),
    mailFrom: environment.MAIL_FROM?.trim() || 'Flevowijs zij-instroom <zij-instroom@flevowijs.nl>',
    contact: {
      email: environment.CONTACT_EMAIL?.trim() || 'zij-instroom@flevowijs.nl',
      phone: environment.CONTACT_PHONE?.trim() || '036 123 45 67',
    },
    port,
    appUrl,
    adminEmail: required(environment, 'ADMIN_EMAIL', 'the e-mail address of the first administrator').toLowerCase(),
    adminPassword,
    storageDirectory: required(environment, 'STORAGE_DIR', 'a directory for uploaded documents'),
    // Other origins only: the web page comes from the API's own origin and needs no CORS.
    corsOrigins: (environment.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    sessionHours: optionalInteger(environment, 'SESSION_HOURS', 12),
    sessionIdleMinutes: optionalInteger(environment, 'SESSION_IDLE_MINUTES', 30),
    mfaRequiredRoles: mfaRequiredRoles(environment, nodeEnvironment),
    totpEncryptionKey: totpEncryptionKey(environment, nodeEnvironment),
    loginAttemptsPerMinute: optionalInteger(environment, 'LOGIN_ATTEMPTS_PER_MINUTE', 10),
    applicationsPerHour: optionalInteger(environment, 'APPLICATIONS_PER_HOUR', 20),
    logLevel: environment.LOG_LEVEL?.trim() || (nodeEnvironment === 'test' ? 'silent' : 'info'),
    outbox: {
      queueAttempts: optionalInteger(environment, 'OUTBOX_QUEUE_ATTEMPTS', 3),
      maxRetryDelaySeconds: Math.round(optionalPositiveNumber(environment, 'OUTBOX_MAX_RETRY_MINUTES', 5) * 60),
      horizonHours: optionalInteger(environment, 'OUTBOX_HORIZON_HOURS', 72),
    },
    retention: { programmeYears: optionalInteger(environment, 'RETENTION_PROGRAMME_YEARS', 4) },
    coaching: { weeksPerStudyYear: optionalInteger(environment, 'COACHING_WEEKS_PER_STUDY_YEAR', 40) },
    shutdownDrainSeconds: optionalNonNegativeInteger(environment, 'SHUTDOWN_DRAIN_SECONDS', 5),
    satisfiedScore: satisfiedScore(environment),
    uitvalAlertPercent: optionalPositiveNumber(environment, 'UITVAL_ALERT_PERCENT', 10),
    bulkRejectionMailDelayMinutes: optionalInteger(environment, 'BULK_REJECTION_MAIL_DELAY_MINUTES', 180),
    reports: { targets: reportTargets(environment) },
  };
}

function satisfiedScore(environment: Environment): number {
  const score = optionalInteger(environment, 'SURVEY_SATISFIED_SCORE', 7);
  if (score > 10) throw new ConfigurationError(`Set SURVEY_SATISFIED_SCORE to a whole number from 1 to 10 (now "${score}").`);
  return score;
}

function reportTargets(environment: Environment): ConvenantTargets[] {
  const targets = parseReportTargets(environment.REPORT_TARGETS);
  if (!targets) throw new ConfigurationError(REPORT_TARGETS_HINT);
  return targets;
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
