import { parse, type ParsedUrlQuery } from 'node:querystring';

/** Stands for a value that is no UTF-8 text: a lone surrogate, which the one text check (validation.ts) refuses by name. */
const ILL_FORMED = '\ud800';

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return ILL_FORMED;
  }
}

/**
 * The query string as Fastify's own parser reads it, except for an escape that is no UTF-8
 * (`%ff`, `%ED%A0%80`: the bytes of a lone surrogate): Fastify kept such a value as its raw
 * `%`-text, so the API searched for text nobody sent; now it is refused, naming the parameter.
 */
export function parseQueryString(text: string): ParsedUrlQuery {
  return parse(text, '&', '=', { decodeURIComponent: decode, maxKeys: 0 });
}
