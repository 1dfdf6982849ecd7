import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where the built web page lives; absent in a server-only build, then only the API is served. */
export const WEB_ROOT = join(process.cwd(), 'dist', 'web');

/** Paths of the web page's own router; each answers with index.html. */
const PAGE_ROUTES = ['/login', '/aanmelden', '/kandidaten', '/kandidaten/*', '/onderzoeken', '/gebruikers', '/organisaties', '/audit'];

/** Serves the single-page web app at `/` and its routes; the API stays under `/api`. */
export async function serveWebPage(app: NestFastifyApplication): Promise<void> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) return;
  await app.register(fastifyStatic, { root: WEB_ROOT, prefix: '/', wildcard: false, index: ['index.html'] });
  const fastify = app.getHttpAdapter().getInstance();
  for (const route of PAGE_ROUTES) {
    fastify.get(route, (_request, reply) => reply.type('text/html').header('Cache-Control', 'no-cache').sendFile('index.html'));
  }
}
