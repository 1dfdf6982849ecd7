import { z } from 'zod';
import type { DegreeLevel, RequestBody, Route } from '../../api/models';
import { DEGREE_LEVELS } from '../../shared/labels';

const name = z.string().trim().min(2, 'Naam moet minstens 2 tekens hebben.').max(100, 'Naam is te lang (maximaal 100 tekens).');
const durationMonths = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, 'Duur is een geheel aantal maanden.')
  .transform(Number)
  .refine((months) => months >= 1 && months <= 120, 'Duur is 1 tot 120 maanden.');
/** A group of checkboxes gives the checked values. */
const degreeLevels = z.array(z.enum(DEGREE_LEVELS as [DegreeLevel, ...DegreeLevel[]])).min(1, 'Kies minstens één opleidingsniveau.');

/** The fields an admin edits of a route; the code only when it is new (it never changes). */
const routeFields = z.object({ name, durationMonths, assessmentRequired: z.boolean(), degreeLevels });

export const createRouteSchema = routeFields.extend({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Code bestaat uit 2 tot 40 kleine letters, cijfers of _, en begint met een letter.'),
}) satisfies z.ZodType<RequestBody<'CreateRouteRequest'>, unknown>;

export const editRouteSchema = routeFields satisfies z.ZodType<RequestBody<'UpdateRouteRequest'>, unknown>;

export type RouteValues = z.input<typeof createRouteSchema>;

export const NEW_ROUTE: RouteValues = { code: '', name: '', durationMonths: '24', assessmentRequired: true, degreeLevels: [] };

export function routeValues(route: Route): RouteValues {
  return { ...route, durationMonths: String(route.durationMonths) };
}
