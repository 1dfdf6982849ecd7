import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
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
      .build(),
    { extraModels: [ErrorResponse] },
  );
  return sortKeys(document);
}

function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => sortKeys(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)])) as T;
}
