import type { CalendarDate } from '@app/shared';
import { ProgrammeInputRefusedError } from './programmes.errors';

/** The subsidy zij-instroom is at most €25,000 per person (since 2023). */
export const SUBSIDY_MAXIMUM = 25_000;

export const SUBSIDY_DECISIONS = ['granted', 'refused'] as const;
export type SubsidyDecision = (typeof SUBSIDY_DECISIONS)[number];

export interface SubsidyInput {
  appliedOn: CalendarDate;
  amount: number;
  decision?: SubsidyDecision | null;
  decidedOn?: CalendarDate | null;
  amountSpent?: number | null;
}

/**
 * The subsidy as the board records it: applied (date, amount of at most €25,000), DUO's decision
 * with its date (on or after the application), what was spent (never more than the amount, nothing
 * of a refused one). No date lies in the future.
 */
export function checkSubsidy(input: SubsidyInput, today: CalendarDate): void {
  if (input.appliedOn > today) throw new ProgrammeInputRefusedError('appliedOn', `Aanvraagdatum kan niet in de toekomst liggen (vandaag is ${today}).`);
  const decided = input.decision !== undefined && input.decision !== null;
  const decidedOn = input.decidedOn ?? null;
  const dated = decidedOn !== null;
  if (decided !== dated) {
    throw new ProgrammeInputRefusedError(
      decided ? 'decidedOn' : 'decision',
      decided ? 'Datum besluit DUO is verplicht bij een besluit.' : 'Besluit DUO is verplicht bij een datum besluit.',
    );
  }
  if (decidedOn !== null && decidedOn < input.appliedOn) {
    throw new ProgrammeInputRefusedError('decidedOn', `Datum besluit DUO kan niet vóór de aanvraagdatum (${input.appliedOn}) liggen.`);
  }
  if (decidedOn !== null && decidedOn > today) {
    throw new ProgrammeInputRefusedError('decidedOn', `Datum besluit DUO kan niet in de toekomst liggen (vandaag is ${today}).`);
  }
  const spent = input.amountSpent ?? 0;
  if (spent > input.amount) throw new ProgrammeInputRefusedError('amountSpent', 'Besteed bedrag kan niet hoger zijn dan het subsidiebedrag.');
  if (spent > 0 && input.decision === 'refused') throw new ProgrammeInputRefusedError('amountSpent', 'Van een afgewezen subsidie kan niets besteed zijn.');
}

/**
 * R8: when a programme ends `dropped_out`, the unspent part of a subsidy that was not refused is
 * at risk of repayment (failing the final assessment, term_expired, does not trigger repayment).
 */
export function repaymentRisk(status: string, subsidy: { amount: number; amountSpent: number; decision: SubsidyDecision | null } | null): number | null {
  if (status !== 'dropped_out' || subsidy === null || subsidy.decision === 'refused') return null;
  return Math.max(0, Math.round((subsidy.amount - subsidy.amountSpent) * 100) / 100);
}

/** Whether a dropout with this subsidy gives the board the task of telling DUO. */
export function needsRepaymentReport(subsidy: { decision: SubsidyDecision | null } | null): boolean {
  return subsidy !== null && subsidy.decision !== 'refused';
}

/** An amount in euros as people read it: € 12.345,67. */
export function formatAmount(euros: number): string {
  return `€ ${euros.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
