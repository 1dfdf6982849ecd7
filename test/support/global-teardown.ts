/** Nothing to stop for external services; an embedded PostgreSQL (issue 3) is stopped here. */
export default async function globalTeardown(): Promise<void> {
  return undefined;
}
