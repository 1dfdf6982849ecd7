import Fastify from 'fastify';
import { Pool } from 'pg';
// The product's own query text (a plain module, no Nest): the bare handler runs exactly the same SQL.
import { candidateDetailSql, candidateListSql, deskCommands } from '../libs/candidates/src/persistence/candidate.queries';
import type { Stage } from '../libs/candidates/src/domain/stage';

/** A central-desk reader's visibility condition, as CandidatesService builds it for staff. */
const STAFF_VISIBILITY = 'TRUE';
const DETAIL_SQL = candidateDetailSql(STAFF_VISIBILITY);

/**
 * The yardstick: plain Fastify and pg serving the product's candidate SQL, with no framework, no
 * session check, no validation pipe and no logging. Started as a child process by the benchmark,
 * like the product, so both share the machine alike. Sends `{ port }` to the parent when listening.
 */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

interface ListRow {
  id: string;
  sortKey: string;
}

function decodeCursor(cursor: string): { appliedAt: string; id: string } | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') return null;
    return UUID_PATTERN.test(parsed[1]) && !Number.isNaN(new Date(parsed[0]).getTime()) ? { appliedAt: parsed[0], id: parsed[1] } : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  // The same pool size as the product's (data-source-options.ts).
  const pool = new Pool({ connectionString: databaseUrl, max: 20, application_name: 'zij-bench-bare' });
  const app = Fastify({ logger: false });

  app.get<{ Querystring: Record<string, string | undefined> }>('/api/candidates', async (request, reply) => {
    const { stage, region, q, cursor } = request.query;
    const limit = request.query.limit ? Number(request.query.limit) : 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return reply.code(400).send({ message: 'limit' });
    const parameters: unknown[] = [stage ?? null, region ?? null, q ? `%${q.toLowerCase()}%` : null];
    const position = cursor ? decodeCursor(cursor) : null;
    if (cursor && !position) return reply.code(400).send({ message: 'cursor' });
    if (position) parameters.push(position.appliedAt, position.id);
    parameters.push(limit + 1);
    const { rows } = await pool.query<ListRow>(candidateListSql(position ? 4 : null, STAFF_VISIBILITY, parameters.length), parameters);
    const items = rows.slice(0, limit).map(({ sortKey: _sortKey, ...item }) => item);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    const nextCursor = last ? Buffer.from(JSON.stringify([last.sortKey, last.id])).toString('base64url') : null;
    // Like the product's answer when no count is asked for (withTotal).
    return { items, nextCursor, total: null };
  });

  app.get<{ Params: { id: string } }>('/api/candidates/:id', async (request, reply) => {
    if (!UUID_PATTERN.test(request.params.id)) return reply.code(404).send({ message: 'not found' });
    const { rows } = await pool.query<{ stage: Stage }>(DETAIL_SQL, [request.params.id, true]);
    const candidate = rows[0];
    if (!candidate) return reply.code(404).send({ message: 'not found' });
    return { ...candidate, allowedCommands: deskCommands(candidate.stage) };
  });

  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  process.send?.({ port: address.port });
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(`Bare server failed: ${(error as Error).message}`);
  process.exit(1);
});
