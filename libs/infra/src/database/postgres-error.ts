/** What PostgreSQL (through pg, or TypeORM's QueryFailedError) says about a failed statement. */
export interface PostgresError {
  /** SQLSTATE, e.g. '23505' for a unique violation. */
  code: string;
  constraint?: string;
  table?: string;
  column?: string;
}

const UNIQUE_VIOLATION = '23505';

/** Server states that mean "not now": admin/crash shutdown, cannot connect now, too many connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Node's socket errors on the way to the server. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/**
 * pg-pool's connection timeout (`connectionTimeoutMillis`) has no code, class or other property:
 * a checkout that waited too long for a free client is rejected with `new Error('timeout exceeded
 * when trying to connect')`, a new client that did not connect in time with `new Error('Connection
 * terminated due to connection timeout')` (pg-pool/index.js). These exact texts are the only
 * messages compared anywhere, and only here.
 */
const POOL_CONNECT_TIMEOUT_MESSAGES = new Set(['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout']);

type ErrorLike = { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };

/** The error and what it wraps (TypeORM's `driverError`, an `Error.cause`), nearest first. */
function chainOf(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && chain.length < 5 && !chain.includes(current as ErrorLike)) {
    chain.push(current as ErrorLike);
    current = (current as ErrorLike).driverError ?? (current as ErrorLike).cause;
  }
  return chain;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The SQLSTATE and constraint of a PostgreSQL error, or undefined when the error did not come from the server. */
export function postgresErrorOf(error: unknown): PostgresError | undefined {
  const found = chainOf(error).find((link) => typeof link.code === 'string' && SQLSTATE.test(link.code) && !UNAVAILABLE_SOCKET_CODES.has(link.code));
  if (!found) return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { code: found.code as string, constraint: text(found.constraint), table: text(found.table), column: text(found.column) };
}

/** A unique constraint refused the row; with a name, only when it was that constraint. */
export function isUniqueViolation(error: unknown, constraintName?: string): boolean {
  const postgres = postgresErrorOf(error);
  return postgres?.code === UNIQUE_VIOLATION && (constraintName === undefined || postgres.constraint === constraintName);
}

/**
 * The database cannot be reached or refuses connections for now (answer 503, retry later), decided
 * by code: SQLSTATE class 08 (connection exception), 57P01/57P02/57P03, 53300, Node's socket errors,
 * and pg-pool's connection timeout.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chainOf(error).some((link) => {
    if (typeof link.code === 'string') {
      // Socket codes first: EPIPE has the shape of a SQLSTATE.
      return UNAVAILABLE_SOCKET_CODES.has(link.code) || link.code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(link.code);
    }
    return typeof link.message === 'string' && POOL_CONNECT_TIMEOUT_MESSAGES.has(link.message);
  });
}
