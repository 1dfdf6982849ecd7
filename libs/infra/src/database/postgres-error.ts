/** The SQLSTATE code and constraint of a PostgreSQL error, read in one place. */
export function postgresErrorOf(error: unknown): { code: string; constraint: string | undefined } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
}

/** A unique violation (23505), of the named constraint when one is given. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const postgres = postgresErrorOf(error);
  return postgres?.code === '23505' && (constraint === undefined || postgres.constraint === constraint);
}
