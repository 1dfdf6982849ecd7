import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { ErrorResponse } from '../http/error.response';

/** Every route lives under this prefix; the web page has the rest of the paths. */
export const API_PREFIX = 'api';

/**
 * The OpenAPI document of the API, built in one place: served at `/api/docs-json` and written by
 * `npm run generate:api` for the web page's types. Keys are sorted so the committed file only
 * changes when the contract does.
 */
export function buildApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Zij-instroom pipeline tracker')
      .setDescription('Flevowijs: aanmelding, selectie, geschiktheidsonderzoek en traject van zij-instromers.')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth(
        SESSION_COOKIE,
        { type: 'apiKey', in: 'cookie', description: 'The web page: set by the login, HttpOnly, SameSite=Strict.' },
        SESSION_COOKIE,
      )
      .build(),
    { extraModels: [ErrorResponse] },
  );
  return sortKeys(withCookieAlternative(document));
}

/** Every route that takes the bearer token takes the session cookie instead (the guard reads either). */
function withCookieAlternative(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path)) {
      const security = (operation as { security?: Record<string, string[]>[] } | undefined)?.security;
      if (security?.some((requirement) => 'bearer' in requirement)) security.push({ [SESSION_COOKIE]: [] });
    }
  }
  return document;
}

function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => sortKeys(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)])) as T;
}
