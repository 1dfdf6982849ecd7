import type { DegreeLevel } from '../domain/degree-levels';

/** A route (trajectvorm) as admins manage it and other modules read it. */
export interface RouteView {
  /** Stable and never changed: candidates, programmes and reports name the route by it. */
  code: string;
  name: string;
  /** How long a programme on this route runs (R8: planned end = start + duration − 1 day). */
  durationMonths: number;
  /** Whether a programme on this route needs a positive suitability assessment first (R8). */
  assessmentRequired: boolean;
  /** The degree levels the route accepts (R1). */
  degreeLevels: DegreeLevel[];
  /** A deactivated route is offered to no one new; what it holds keeps it. */
  active: boolean;
}

export interface NewRoute {
  code: string;
  name: string;
  durationMonths: number;
  assessmentRequired: boolean;
  degreeLevels: DegreeLevel[];
}

/** What an admin may change of a route: everything but its code; absent leaves it as it is. */
export type RouteChanges = Partial<Omit<RouteView, 'code'>>;
