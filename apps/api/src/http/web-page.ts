import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { answerUnroutedApiPath } from './router-errors';

/** Where the built web page lives; absent in a server-only build, then only the API is served. */
const WEB_ROOT = join(process.cwd(), 'dist', 'web');

/**
 * Serves the single-page web app: its files as they are, and index.html for any other GET or HEAD
 * outside `/api`, so the page's router decides what a path means (no list to keep in step with it).
 * Unknown `/api` paths keep the API's JSON 404.
 */
export async function serveWebPage(app: NestFastifyApplication, root = WEB_ROOT): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) return;
  // wildcard: false registers a route per built file, so a file is always more specific than `/*`.
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  const fastify = app.getHttpAdapter().getInstance();
  // The router decides what is the API's, on the decoded path (`/%61pi/x` is `/api/x`), and so
  // do the security headers (security-headers.ts): an unknown API path is the API's 404.
  for (const apiPath of ['/api', '/api/*']) fastify.get(apiPath, answerUnroutedApiPath);
  fastify.get('/*', (_request, reply) => reply.type('text/html').header('Cache-Control', 'no-cache').sendFile('index.html'));
}
