import type { FastifyRequest } from 'fastify';
import { changesState, isForeignOrigin, originOf, sessionCookieOf } from './session-cookie';

function request(headers: Record<string, string>, method = 'POST'): FastifyRequest {
  return { headers, method } as unknown as FastifyRequest;
}

describe('session cookie', () => {
  const appOrigin = originOf('https://instroom.flevowijs.nl/');

  it('reads its own cookie among others, and nothing else', () => {
    expect(sessionCookieOf(request({ cookie: 'a=1; flevowijs_session=abc_-9; b=2' }))).toBe('abc_-9');
    expect(sessionCookieOf(request({ cookie: 'xflevowijs_session=abc; flevowijs_sessionx=def' }))).toBeNull();
    expect(sessionCookieOf(request({}))).toBeNull();
  });

  it('judges the Origin: the app’s public origin and the requested host are its own; any other, "null" and garbage are foreign', () => {
    const host = 'api.intern:3000';
    expect(isForeignOrigin(request({ host }), appOrigin)).toBe(false);
    expect(isForeignOrigin(request({ host, origin: 'https://instroom.flevowijs.nl' }), appOrigin)).toBe(false);
    expect(isForeignOrigin(request({ host, origin: 'http://api.intern:3000' }), appOrigin)).toBe(false);
    for (const origin of ['https://instroom.flevowijs.nl.evil.example', 'https://evil.example', 'null', 'geen url', 'http://api.intern:3001']) {
      expect(isForeignOrigin(request({ host, origin }), appOrigin)).toBe(true);
    }
  });

  it('only changes are checked', () => {
    expect(['GET', 'HEAD', 'OPTIONS'].map((method) => changesState(request({}, method)))).toEqual([false, false, false]);
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].map((method) => changesState(request({}, method)))).toEqual([true, true, true, true]);
  });
});
