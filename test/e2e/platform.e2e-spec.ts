import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { login } from '../support/factories';
import { expectRefusal } from '../support/expectations';

describe('platform: health, OpenAPI, headers, CORS', () => {
  const allowedOrigin = 'https://tracker.flevowijs.nl';
  const app = useTestApp({ worker: false, config: { corsOrigins: [allowedOrigin] } });
  let admin: HttpClient;

  beforeAll(async () => {
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
  });

  it('/api/health says the database and the queue are up, without a login', async () => {
    const health = await new HttpClient(app().baseUrl).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual(
      expect.objectContaining({
        status: 'ok',
        info: { database: expect.objectContaining({ status: 'up' }), queue: expect.objectContaining({ status: 'up' }) },
      }),
    );
  });

  it('refuses bodies that are too large, not JSON or malformed with a Dutch message naming the body', async () => {
    const path = '/api/candidates/00000000-0000-4000-8000-000000000000/reject';
    const tooLarge = await admin.raw('POST', path, JSON.stringify({ reason: 'x'.repeat(2 * 1024 * 1024) }));
    const notJson = await admin.raw('POST', path, '<reason/>', 'application/xml');
    const malformed = await admin.raw('POST', path, '{"reason": "abc",');
    expect([tooLarge.status, notJson.status, malformed.status]).toEqual([413, 415, 400]);
    for (const refusal of [tooLarge, notJson, malformed]) {
      expect(refusal.body.fields).toEqual([expect.objectContaining({ field: 'body' })]);
      expect(refusal.body.message).toMatch(/body|inhoudstype/);
      expect(refusal.body.message).not.toMatch(/Request body is too large|Unsupported Media Type|not valid JSON/);
    }
  });

  it('/api/docs-json is an OpenAPI document with the application form and the candidates', async () => {
    const docs = await new HttpClient(app().baseUrl).get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.openapi).toMatch(/^3\./);
    expect(docs.body.paths['/api/applications']).toHaveProperty('post');
    expect(docs.body.paths['/api/candidates']).toHaveProperty('get');
    expect(docs.body.paths['/api/candidates/{id}/reject']).toHaveProperty('post');
  });

  it('answers under /api/candidates with Cache-Control: no-store, for data and for refusals', async () => {
    for (const result of [
      await admin.get('/api/candidates'),
      await admin.get('/api/candidates/summary'),
      await admin.get('/api/candidates/onbekend'),
      await new HttpClient(app().baseUrl).get('/api/candidates'),
    ]) {
      expect(result.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('decides the API headers by the route that answers, not by the raw URL: /%61pi/me is an API answer', async () => {
    // Before: the raw URL did not start with /api/, so personal data went out with the page's headers and no no-store.
    const answer = await admin.get('/%61pi/me');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    // An API path no route takes gets the safe default, the API's headers. Before: the page's policy.
    // (A path outside /api is the web page's when it is built: web-page.e2e-spec.ts.)
    for (const path of ['/%61pi/bestaat-niet', '/api/bestaat-niet']) {
      const unknown = await admin.get(path);
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('cache-control')).toBe('no-store');
      expect(unknown.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    }
  });

  it('sends the helmet security headers and no X-Powered-By: a strict policy on JSON answers, the page policy on pages', async () => {
    const answer = await admin.get('/api/me');
    // The OpenAPI JSON is an answer like any other, though its path starts like the OpenAPI page's.
    const openApiJson = await fetch(`${app().baseUrl}/api/docs-json`);
    for (const headers of [answer.headers, openApiJson.headers]) {
      expect(headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
      expect(headers.get('x-frame-options')).toBe('DENY');
    }
    // This app serves no built page (the page's own headers: web-page.e2e-spec.ts); the OpenAPI page is one.
    const docs = await fetch(`${app().baseUrl}/api/docs`);
    for (const headers of [docs.headers]) {
      expect(headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      // Before: base-uri 'self' (helmet's default), so an injected <base> could redirect the page's relative URLs.
      expect(headers.get('content-security-policy')).toContain("base-uri 'none'");
    }
    expect(docs.headers.get('cache-control')).toBe('no-store');
    for (const headers of [answer.headers, docs.headers]) {
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('strict-transport-security')).toContain('max-age=');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('CORS: the configured origin is allowed, another origin is not', async () => {
    const allowed = await fetch(`${app().baseUrl}/api/health`, { headers: { origin: allowedOrigin } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    const other = await fetch(`${app().baseUrl}/api/health`, { headers: { origin: 'https://kwaadwillend.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${app().baseUrl}/api/candidates`, {
      method: 'OPTIONS',
      headers: { origin: 'https://kwaadwillend.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const allowedPreflight = await fetch(`${app().baseUrl}/api/candidates`, {
      method: 'OPTIONS',
      headers: { origin: allowedOrigin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(allowedPreflight.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
  });

  it('answers an unknown route, a huge body and a wrong content type in the error shape', async () => {
    expectRefusal(await admin.get('/api/bestaat-niet'), 404);
    expectRefusal(await admin.raw('POST', '/api/auth/login', JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(2 * 1024 * 1024) })), 413);
    const wrongType = await admin.raw('POST', '/api/auth/login', 'email=a@b.nl', 'text/plain');
    expectRefusal(wrongType, 400, 'body');
    expect(wrongType.body.message).toMatch(/JSON/);
    expectRefusal(await admin.raw('POST', '/api/auth/login', '[{"email": "a@b.nl"}]'), 400, 'body');
    const malformed = await admin.raw('POST', '/api/auth/login', '{"email": ');
    expectRefusal(malformed, 400);
    expect(malformed.body.message).toMatch(/JSON/);
  });
});

describe('platform without CORS_ORIGINS: the web page is same-origin, so no other origin may call the API', () => {
  const app = useTestApp({ worker: false });

  it('gives no other origin, not even APP_URL spelled differently, a CORS grant', async () => {
    for (const origin of ['https://kwaadwillend.example', app().config.appUrl, 'http://localhost:5173']) {
      const simple = await fetch(`${app().baseUrl}/api/health`, { headers: { origin } });
      expect(simple.status).toBe(200);
      expect(simple.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(`${app().baseUrl}/api/candidates`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
