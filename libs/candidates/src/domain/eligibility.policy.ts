/** R1: only a completed 4-year hbo or wo degree gives access to zij-instroom. */
export const ELIGIBLE_DEGREE_LEVELS = ['hbo_bachelor', 'hbo_master', 'wo_bachelor', 'wo_master'] as const;
/** What the form offers; the other levels are answered with an explanation of other routes. */
export const DEGREE_LEVELS = [...ELIGIBLE_DEGREE_LEVELS, 'associate_degree', 'mbo', 'other'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

export function isEligibleDegree(level: DegreeLevel): boolean {
  return (ELIGIBLE_DEGREE_LEVELS as readonly string[]).includes(level);
}
