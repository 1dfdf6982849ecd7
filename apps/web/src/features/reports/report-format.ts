import { schoolYearOf } from '../../shared/format';

/** A rate as the reports send it: the percentage (one decimal, half up; null for 0 of 0) with what it is made of. */
export interface Rate {
  numerator: number;
  denominator: number;
  percentage: number | null;
}

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A count or hours in Dutch notation: "1.490,41"; a missing value as a dash. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numberFormat.format(value);
}

/** A percentage the server rounded to one decimal, as "12,5%". */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${percentFormat.format(value)}%`;
}

/** A rate with its numerator and denominator: "12,5% (5 van 40)". */
export function rateText(rate: Rate | null): string {
  if (!rate) return '—';
  return `${formatPercent(rate.percentage)} (${formatNumber(rate.numerator)} van ${formatNumber(rate.denominator)})`;
}

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** A school year as written in an address: two consecutive years. */
export function isSchoolYear(value: string): boolean {
  const match = SCHOOL_YEAR.exec(value);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

/** The first school year offered in the filter: the zij-instroom records of Flevowijs start later. */
const FIRST_OFFERED_START = 2020;

/** The school years to filter on, newest first: from 2020-2021 to the one after `today`'s, and the one chosen if outside. */
export function schoolYearChoices(today: string, chosen?: string): string[] {
  const last = Number(schoolYearOf(today).slice(0, 4)) + 1;
  const years: string[] = [];
  for (let start = last; start >= FIRST_OFFERED_START; start -= 1) years.push(`${start}-${start + 1}`);
  return chosen && !years.includes(chosen) ? [chosen, ...years] : years;
}

/**
 * The school year a chart of one year shows: the filtered one, else the school year of the as-of
 * day when the report has it, else the newest the report has.
 */
export function focusYear(available: readonly string[], filtered: string | null, asOf: string): string | undefined {
  if (filtered) return filtered;
  const current = schoolYearOf(asOf);
  if (available.includes(current)) return current;
  return [...available].sort().at(-1);
}
