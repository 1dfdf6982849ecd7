import { DomainError } from '@app/shared';
import { SessionDateError } from './coaching.errors';

export const SESSION_KINDS = ['individual', 'observation', 'intervision', 'workplace_visit', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_MINUTES = { minimum: 15, maximum: 480 } as const;
/** The author may edit or delete a session this many days after logging it. */
export const SESSION_EDIT_DAYS = 30;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** R10: not in the future, inside the programme (from its start to its end, or its planned end while running). */
export function checkSessionDate(date: string, context: { today: string; startDate: string; lastDay: string }): DomainError | null {
  if (date > context.today) return new SessionDateError('Datum mag niet in de toekomst liggen.');
  if (date < context.startDate || date > context.lastDay) {
    return new SessionDateError(`Datum moet binnen het traject liggen (${context.startDate} tot en met ${context.lastDay}).`);
  }
  return null;
}

/** Whether the author may still change a session logged at `createdAt`. */
export function withinEditWindow(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() <= SESSION_EDIT_DAYS * 86_400_000;
}
