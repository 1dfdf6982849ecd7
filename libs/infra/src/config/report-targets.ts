/**
 * §5: the convenant's targets, configuration per convenant period (REPORT_TARGETS). A period runs
 * from its first school year until the next period's; a school year before the first period uses
 * the first. The default is the Almere addendum's.
 */
export interface ConvenantTargets {
  /** The first school year of the period, e.g. `2023-2024`. */
  fromSchoolYear: string;
  /** Programmes started (people) per school year: met at or above. */
  startsPerSchoolYear: number;
  /** Uitval rate of a cohort in percent: met below. */
  uitvalBelowPercent: number;
  /** Share of satisfied survey scores in percent: met at or above. */
  satisfiedAtLeastPercent: number;
  /** Coaching hours per school week in study year 1 and study year 2. */
  coachingHoursPerWeek: [number, number];
}

export const DEFAULT_CONVENANT_TARGETS: ConvenantTargets = {
  fromSchoolYear: '2023-2024',
  startsPerSchoolYear: 40,
  uitvalBelowPercent: 10,
  satisfiedAtLeastPercent: 75,
  coachingHoursPerWeek: [4, 4],
};

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;
const EXAMPLE = `[{"fromSchoolYear":"2023-2024","startsPerSchoolYear":40,"uitvalBelowPercent":10,"satisfiedAtLeastPercent":75,"coachingHoursPerWeek":[4,4]}]`;

function isSchoolYear(value: unknown): value is string {
  const match = typeof value === 'string' ? SCHOOL_YEAR.exec(value) : null;
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

const isNumberIn = (value: unknown, minimum: number, maximum: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= minimum && value <= maximum;

function period(value: unknown): ConvenantTargets | null {
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Record<string, unknown>;
  const hours = entry.coachingHoursPerWeek;
  if (
    !isSchoolYear(entry.fromSchoolYear) ||
    !isNumberIn(entry.startsPerSchoolYear, 0, 100_000) ||
    !isNumberIn(entry.uitvalBelowPercent, 0, 100) ||
    !isNumberIn(entry.satisfiedAtLeastPercent, 0, 100) ||
    !Array.isArray(hours) ||
    hours.length !== 2 ||
    !hours.every((hour) => isNumberIn(hour, 0, 40))
  )
    return null;
  return {
    fromSchoolYear: entry.fromSchoolYear,
    startsPerSchoolYear: entry.startsPerSchoolYear,
    uitvalBelowPercent: entry.uitvalBelowPercent,
    satisfiedAtLeastPercent: entry.satisfiedAtLeastPercent,
    coachingHoursPerWeek: [hours[0] as number, hours[1] as number],
  };
}

/** REPORT_TARGETS as JSON: a list of periods, each with every target; unset gives the default. Null when malformed. */
export function parseReportTargets(raw: string | undefined): ConvenantTargets[] | null {
  if (!raw?.trim()) return [DEFAULT_CONVENANT_TARGETS];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length === 0) return null;
  const periods = parsed.map(period);
  if (periods.some((entry) => entry === null)) return null;
  const sorted = (periods as ConvenantTargets[]).sort((a, b) => a.fromSchoolYear.localeCompare(b.fromSchoolYear));
  const years = sorted.map((entry) => entry.fromSchoolYear);
  return new Set(years).size === years.length ? sorted : null;
}

export const REPORT_TARGETS_HINT = `Set REPORT_TARGETS to a JSON list of convenant periods with distinct first school years, e.g. ${EXAMPLE}.`;

/** The targets of the period a school year falls in (the first period for a year before it). */
export function targetsFor(periods: readonly ConvenantTargets[], schoolYear: string): ConvenantTargets {
  let chosen = periods[0];
  for (const entry of periods) if (entry.fromSchoolYear <= schoolYear) chosen = entry;
  return chosen;
}
