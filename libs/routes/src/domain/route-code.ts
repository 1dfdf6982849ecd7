/** A route's code: lower case letters, digits and _, starting with a letter (the database checks the same). */
export const ROUTE_CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** Whether a text can be a route's code: anything else names no route, and is never sent to the database. */
export function isRouteCode(text: unknown): text is string {
  return typeof text === 'string' && ROUTE_CODE_PATTERN.test(text);
}
