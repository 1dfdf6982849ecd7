import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { HttpClient } from './http-client';

/** The routes Nest registers for a controller, keyed as `METHOD /api/path`, read from its decorators. */
export function controllerRoutes(controller: Type): string[] {
  const base = String(Reflect.getMetadata(PATH_METADATA, controller));
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== 'constructor' && typeof prototype[name] === 'function')
    .filter((name) => Reflect.hasMetadata(PATH_METADATA, prototype[name] as object))
    .map((name) => {
      const handler = prototype[name] as object;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const path = String(Reflect.getMetadata(PATH_METADATA, handler));
      return `${method} ${['/api', base, path].join('/').replace(/\/+/g, '/').replace(/\/$/, '')}`;
    })
    .sort();
}

/**
 * An access table (`METHOD /path` → case) names exactly the routes of its controller, and the
 * OpenAPI document of the running app lists every one of them.
 */
export async function expectTableCoversController(table: Record<string, unknown>, controller: Type, baseUrl: string): Promise<void> {
  expect(Object.keys(table).sort()).toEqual(controllerRoutes(controller));
  const openApi = await new HttpClient(baseUrl).get('/api/docs-json');
  const documented = Object.entries(openApi.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
  expect(documented).toEqual(expect.arrayContaining(Object.keys(table)));
}

/** Every route of the table with every viewer: the cells of `it.each`. */
export function tableCells<Viewer>(table: Record<string, unknown>, viewers: readonly Viewer[]): (readonly [string, Viewer])[] {
  return Object.keys(table).flatMap((route) => viewers.map((viewer) => [route, viewer] as const));
}
