import { isDatabaseUnavailable, isUniqueViolation, postgresErrorOf } from './postgres-error';

/** As pg's DatabaseError carries them: a message, a SQLSTATE code and the server's fields. */
function databaseError(code: string, fields: Record<string, string> = {}): Error {
  return Object.assign(new Error('server said no'), { code, ...fields });
}

/** As TypeORM's QueryFailedError wraps the driver's error. */
function queryFailed(driverError: Error): Error {
  return Object.assign(new Error(driverError.message), { driverError });
}

describe('postgresErrorOf', () => {
  it('reads the SQLSTATE and the constraint, also through TypeORM and Error.cause', () => {
    const unique = databaseError('23505', { constraint: 'users_email_key', table: 'users' });
    expect(postgresErrorOf(unique)).toEqual({ code: '23505', constraint: 'users_email_key', table: 'users', column: undefined });
    expect(postgresErrorOf(queryFailed(unique))?.constraint).toBe('users_email_key');
    expect(postgresErrorOf(new Error('wrapped', { cause: unique }))?.code).toBe('23505');
  });

  it('is undefined for errors that did not come from the server', () => {
    expect(postgresErrorOf(new Error('boom'))).toBeUndefined();
    expect(postgresErrorOf(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(postgresErrorOf(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toBeUndefined();
    expect(postgresErrorOf(null)).toBeUndefined();
    expect(postgresErrorOf('23505')).toBeUndefined();
  });
});

describe('isUniqueViolation', () => {
  it('matches 23505, and the constraint when one is named', () => {
    const error = queryFailed(databaseError('23505', { constraint: 'candidates_open_email_key' }));
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'candidates_open_email_key')).toBe(true);
    expect(isUniqueViolation(error, 'users_email_key')).toBe(false);
    expect(isUniqueViolation(databaseError('23503', { constraint: 'candidates_open_email_key' }))).toBe(false);
    expect(isUniqueViolation(new Error('duplicate key value violates unique constraint'))).toBe(false);
  });
});

describe('isDatabaseUnavailable', () => {
  it.each(['08000', '08001', '08003', '08006', '08P01', '57P01', '57P02', '57P03', '53300'])('is true for SQLSTATE %s', (code) => {
    expect(isDatabaseUnavailable(databaseError(code))).toBe(true);
    expect(isDatabaseUnavailable(queryFailed(databaseError(code)))).toBe(true);
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'])('is true for the socket error %s', (code) => {
    expect(isDatabaseUnavailable(Object.assign(new Error(`connect ${code}`), { code }))).toBe(true);
  });

  it("is true for pg-pool's connection timeouts, which carry no code", () => {
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated due to connection timeout', { cause: new Error('timeout expired') }))).toBe(true);
  });

  it('is true when a wrapped cause is a socket error', () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) }))).toBe(true);
  });

  it('is false for other server errors and for messages that merely mention a timeout', () => {
    for (const code of ['23505', '22P02', '40001', '57014', '42P01']) expect(isDatabaseUnavailable(databaseError(code))).toBe(false);
    expect(isDatabaseUnavailable(new Error('the user typed: timeout exceeded when trying to connect!'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('ECONNREFUSED'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
