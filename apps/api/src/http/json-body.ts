import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';
import { ValidationFailedError } from '@app/shared';

/**
 * Far deeper than any request of the API needs (an interview's boards are the deepest: 3 levels),
 * far below where class-transformer and class-validator, which recurse per level, overflow the
 * stack (about 2,000 levels, a 500 on every JSON route before this limit).
 */
const MAX_JSON_DEPTH = 32;

/** True when objects and arrays nest deeper than `limit`; a loop, so no document can overflow this check's own stack. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth > limit) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

/**
 * JSON bodies are parsed by Fastify's own parser (prototype poisoning refused, the body limit of
 * the server), then refused at once when they nest too deep: before any DTO sees them.
 */
export function useJsonBodyParser(app: NestFastifyApplication): void {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', {}, (request, body, done) => {
    parse(request, body.toString('utf8'), (error, value) => {
      if (error) return done(error);
      if (!nestsDeeperThan(value, MAX_JSON_DEPTH)) return done(null, value);
      const message = `De body is te diep genest (maximaal ${MAX_JSON_DEPTH} niveaus).`;
      done(new ValidationFailedError([{ field: 'body', message }], message));
    });
  });
}
