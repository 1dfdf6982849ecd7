import { Injectable } from '@nestjs/common';

/** What the programmes module needs to know of a route (trajectvorm). */
export interface RouteFact {
  code: string;
  /** The Dutch name people read. */
  name: string;
  durationMonths: number;
  /** Whether a programme on this route starts only after a positive suitability assessment. */
  assessmentRequired: boolean;
}

/**
 * The six seeded routes, hard-coded in this one file.
 *
 * TODO(routes): a port until routes are data (the `routes` module on the public-form branch);
 * replace this class's body by a call to its RouteReader when that lands. SPEC §2 gives every
 * route a duration as data (24 months for `zij_instroom`) and R8 says a route may need no
 * assessment without naming one, so all six are 24 months and need the assessment.
 */
const SEEDED_ROUTES: readonly RouteFact[] = [
  { code: 'zij_instroom', name: 'Zij-instroom', durationMonths: 24, assessmentRequired: true },
  { code: 'versneld_voor_de_klas', name: 'Versneld voor de klas', durationMonths: 24, assessmentRequired: true },
  { code: 'ad_pep', name: 'Associate degree PEP', durationMonths: 24, assessmentRequired: true },
  { code: 'duaal', name: 'Duaal', durationMonths: 24, assessmentRequired: true },
  { code: 'mijlpalen', name: 'Mijlpalen', durationMonths: 24, assessmentRequired: true },
  { code: 'maatwerk', name: 'Maatwerk', durationMonths: 24, assessmentRequired: true },
];

/** The route facts by code: the one place the programmes module reads routes from. */
@Injectable()
export class RouteFacts {
  /** The route, or null when no route has this code. */
  get(code: string): Promise<RouteFact | null> {
    return Promise.resolve(SEEDED_ROUTES.find((route) => route.code === code) ?? null);
  }

  all(): Promise<RouteFact[]> {
    return Promise.resolve([...SEEDED_ROUTES]);
  }
}
