import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApplication } from '../../apps/api/src/bootstrap';
import { ShutdownState } from '../../apps/api/src/health/shutdown-state';
import { useTestApp } from '../support/test-app';

const PAGE = '<!doctype html><title>Zij-instroom</title><div id="root"></div>';

describe('the web page for any path outside /api; probes', () => {
  let withPage: NestFastifyApplication;
  let baseUrl: string;
  let webRoot: string;
  // Declared before the test app, so it runs first: the second server uses the app's database.
  afterAll(async () => {
    await withPage?.close();
    await rm(webRoot, { recursive: true, force: true });
  });
  const app = useTestApp({ worker: false });

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'zij-web-'));
    await writeFile(join(webRoot, 'index.html'), PAGE);
    await writeFile(join(webRoot, 'app.js'), 'console.log(1);');
    withPage = await createApiApplication(app().config, undefined, { webRoot });
    await withPage.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(withPage.getHttpServer().address() as { port: number }).port}`;
  });

  it.each(['/', '/kandidaten', '/kandidaten/abc', '/enquete/x', '/some/unknown', '/login?next=%2Faudit'])('GET %s answers the page', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toBe(PAGE);
  });

  it('serves the files of the build as they are', async () => {
    const response = await fetch(`${baseUrl}/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers HEAD for page paths', async () => {
    expect((await fetch(`${baseUrl}/kandidaten/abc`, { method: 'HEAD' })).status).toBe(200);
  });

  // '/%61pi/nope' is routed as '/api/nope'. Before: the raw URL decided, so it got the page (200), and
  // every API 404 here went out with the page's policy.
  it.each(['/api/nope', '/api', '/api/candidates/x/y/z', '/%61pi/nope'])('GET %s keeps the JSON 404 of the API, with its headers', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Niet gevonden.' });
  });

  it('the page itself has the page policy, with base-uri none', async () => {
    const response = await fetch(`${baseUrl}/kandidaten`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("base-uri 'none'");
  });

  it('does not answer the page for other methods', async () => {
    expect((await fetch(`${baseUrl}/kandidaten`, { method: 'POST' })).status).toBe(404);
  });

  it('/api/health/live and /api/health/ready answer without a login', async () => {
    for (const path of ['/api/health/live', '/api/health/ready']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    }
    const health = await (await fetch(`${baseUrl}/api/health`)).json();
    expect(health).toEqual(expect.objectContaining({ status: 'ok', database: { status: 'up' }, queue: { status: 'up', backend: app().config.queueBackend } }));
  });

  it('a stopping API reports not ready but keeps serving (the drain period before it closes)', async () => {
    // Runs last: this server stays draining. Before ShutdownState, ready said ok until the listener closed.
    withPage.get(ShutdownState).beginDraining();
    const ready = await fetch(`${baseUrl}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'error' });
    expect((await fetch(`${baseUrl}/api/health/live`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/kandidaten`)).status).toBe(200);
  });
});
