import { DEGREE_LEVEL_LABELS, type DegreeLevel } from './degree-levels';

/**
 * R1 as data: a route accepts the degree levels it names. Pure and without imports beyond this
 * folder, so the public form in the browser judges a choice with the same rule and the same words
 * as the server.
 */
/** The route of an applicant who chooses none (R1). */
export const DEFAULT_ROUTE = 'zij_instroom';

export interface RouteRequirement {
  code: string;
  /** Dutch name, e.g. 'Zij-instroom'. */
  name: string;
  degreeLevels: readonly string[];
}

export function acceptsDegree(route: RouteRequirement, level: DegreeLevel): boolean {
  return route.degreeLevels.includes(level);
}

/** The routes of `offered` that accept the level, in their order. */
export function routesAccepting(level: DegreeLevel, offered: readonly RouteRequirement[]): RouteRequirement[] {
  return offered.filter((route) => acceptsDegree(route, level));
}

/**
 * The Dutch refusal of a level the route does not accept: what the route asks, and the routes the
 * applicant could take instead (or where else to look when none fits). Null when the route accepts it.
 */
export function eligibilityRefusal(route: RouteRequirement, level: DegreeLevel, offered: readonly RouteRequirement[]): string | null {
  if (acceptsDegree(route, level)) return null;
  const required = joinDutch(route.degreeLevels.map((accepted) => lowerFirst(DEGREE_LEVEL_LABELS[accepted as DegreeLevel] ?? accepted)));
  const chosen = lowerFirst(DEGREE_LEVEL_LABELS[level]);
  const alternatives = routesAccepting(level, offered).map((alternative) => alternative.name);
  const instead = alternatives.length
    ? `Met je opleiding (${chosen}) kun je je wel aanmelden voor: ${joinDutch(alternatives)}.`
    : `Geen van onze routes past bij je opleiding (${chosen}). Kijk voor een andere weg naar het leraarschap bijvoorbeeld naar de (deeltijd)pabo.`;
  return `Voor de route ${route.name} heb je een afgeronde opleiding nodig: ${required}. ${instead}`;
}

/** 'Hbo-master' → 'hbo-master' inside a sentence; 'EC' stays. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** 'a', 'a of b', 'a, b of c'. */
function joinDutch(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
}
