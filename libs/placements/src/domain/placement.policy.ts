import { SchoolYear, addDays, addMonths, calendarDate, type CalendarDate } from '@app/shared';
import { PlacementDateRefusedError } from './placements.errors';

export const PLACEMENT_STATUSES = ['active', 'cancelled', 'ended'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'declined', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** R7: a candidate can be placed from `interview_passed` on, until the path closes. */
export const PLACEABLE_STAGES = ['interview_passed', 'in_assessment', 'assessment_passed', 'in_programme'] as const;

export function isPlaceableStage(stage: string): boolean {
  return (PLACEABLE_STAGES as readonly string[]).includes(stage);
}

/** R7: the FTE of a placement, 0.1–1.0 in steps of 0.1 (numeric(2,1) in the database). */
export const FTE = { minimum: 0.1, maximum: 1.0 } as const;

export function isValidFte(fte: number): boolean {
  return Number.isFinite(fte) && fte >= FTE.minimum && fte <= FTE.maximum && Math.abs(Math.round(fte * 10) - fte * 10) < 1e-9;
}

/** The soft landing (zachte landing) is the first 3 calendar months of a placement. */
export const SOFT_LANDING_MONTHS = 3;

/**
 * The last day of the soft landing: the start plus 3 calendar months (clamped to the month's last
 * day), minus one day. From 1 December 2023 it runs through 29 February 2024; from 30 November
 * 2023 through 28 February 2024, since 30 November + 3 months is 29 February.
 */
export function softLandingEndsOn(startDate: CalendarDate): CalendarDate {
  return addDays(addMonths(startDate, SOFT_LANDING_MONTHS), -1);
}

/** A supernumerary placement takes a place in the school year of its start date. */
export function schoolYearOfStart(startDate: CalendarDate): SchoolYear {
  return SchoolYear.of(startDate);
}

/** Whether `day` lies in the soft landing of a placement that started on `startDate`. */
export function inSoftLanding(startDate: CalendarDate, day: CalendarDate): boolean {
  return startDate <= day && day <= softLandingEndsOn(startDate);
}

/** How the used places stand against the declared ones (SPEC §5 "Capacity"). */
export type CapacityStatus = 'under' | 'full' | 'over' | 'undeclared';

export function capacityStatus(places: number | null, used: number): CapacityStatus {
  if (places === null) return 'undeclared';
  if (used < places) return 'under';
  return used === places ? 'full' : 'over';
}

/** What a board sees of a candidate proposed to it or placed with it (R5 disclosure log, R14). */
export const MATCHING_DISCLOSURE = { purpose: 'matching', disclosed: 'naam, contactgegevens, motivatiebrief, cv en selectieadvies' } as const;
export const PLACEMENT_DISCLOSURE = { purpose: 'placement', disclosed: 'naam, contactgegevens, motivatiebrief, cv en plaatsing' } as const;

/** A stored date as a calendar date (rows carry 'YYYY-MM-DD' text). */
export function storedDate(text: string): CalendarDate {
  return calendarDate(text);
}

/** An end lies on or after the start and not in the future (a later end is recorded when it comes). */
export function checkEnd(endedOn: CalendarDate, context: { startDate: string; today: CalendarDate }): void {
  if (endedOn < context.startDate) {
    throw new PlacementDateRefusedError('endedOn', `Einddatum kan niet vóór de startdatum ${context.startDate} liggen.`);
  }
  if (endedOn > context.today) {
    throw new PlacementDateRefusedError('endedOn', `Einddatum kan niet in de toekomst liggen (vandaag is ${context.today}).`);
  }
}

/** R12: the board hears this many days before the soft landing's last day. */
export const SOFT_LANDING_NOTICE_DAYS = 14;
/** Days after its due day the soft-landing reminder is still sent (a worker that was down catches up). */
const SOFT_LANDING_LOOKBACK_DAYS = 14;

/** The day the soft-landing reminder is due: 14 days before the soft landing's last day. */
export function softLandingReminderDueOn(startDate: CalendarDate): CalendarDate {
  return addDays(softLandingEndsOn(startDate), -SOFT_LANDING_NOTICE_DAYS);
}

/** The due days a soft-landing sweep on `day` sends for: that day and the lookback before it (a worker that was down catches up). */
export function softLandingDueDaysWindow(day: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(day, -SOFT_LANDING_LOOKBACK_DAYS), to: day };
}

/**
 * The start dates a soft-landing sweep on `day` reads: a range a little wider than exact (month
 * ends clamp) for the index, narrowed in the same statement to the starts whose due day
 * (softLandingReminderDueOn, the same clamped month arithmetic in SQL) lies in softLandingDueDaysWindow.
 */
export function softLandingStartWindow(day: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const latestDue = addDays(day, SOFT_LANDING_NOTICE_DAYS + 1);
  return {
    from: addDays(addMonths(addDays(latestDue, -SOFT_LANDING_LOOKBACK_DAYS), -SOFT_LANDING_MONTHS), -3),
    to: addDays(addMonths(latestDue, -SOFT_LANDING_MONTHS), 3),
  };
}
