import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** The coaching types of this feature, taken from the generated schema so they cannot drift from the server. */
export type CoachingSession = Schemas['CoachingSessionResponse'];
export type StudyYearProgress = Schemas['StudyYearProgressResponse'];
export type CaseloadItem = Schemas['CaseloadItemResponse'];
export type NeedingCoach = Schemas['NeedingCoachResponse'];
export type SessionKind = CoachingSession['kind'];
export type CoachingAttention = CaseloadItem['attention'][number];
export type RiskLevel = Schemas['RiskFlagResponse']['level'];
export type Coach = Schemas['CoachResponse'];
export type CoachingNorm = Schemas['NormResponse'];
export type AtRisk = Schemas['AtRiskResponse'];
export type CoachAssignment = Schemas['ProgrammeCoachingResponse']['history'][number];

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  individual: 'Individueel',
  observation: 'Observatie',
  intervision: 'Intervisie',
  workplace_visit: 'Werkplekbezoek',
  other: 'Overig',
};

export const COACHING_ATTENTION_LABELS: Record<CoachingAttention, string> = {
  behind_norm: 'Achter op de norm',
  no_recent_session: 'Geen begeleiding in 28 dagen',
  at_risk: 'Risico op uitval',
};

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: 'laag', medium: 'middel', high: 'hoog' };
/** The levels on their own (a choice, a column). */
export const RISK_LEVEL_NAMES: Record<RiskLevel, string> = { low: 'Laag', medium: 'Middel', high: 'Hoog' };

export const NORM_UNIT_LABELS: Record<CoachingNorm['unit'], string> = { week: 'per week', month: 'per maand', studyYear: 'per leerjaar' };

const hours = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Hours as people read them: "72,8". */
export function formatHours(value: number): string {
  return hours.format(value);
}

/** One study year's progress in words: "2 van 72,8 uur (3%)", or the logged hours when the route has no norm. */
export function progressText(progress: StudyYearProgress): string {
  if (progress.dueHours === null) return `${formatHours(progress.loggedHours)} uur begeleiding (geen norm voor deze route)`;
  const percent = progress.percentOfDue === null ? '' : ` (${Math.round(progress.percentOfDue)}%)`;
  return `${formatHours(progress.loggedHours)} van ${formatHours(progress.dueHours)} uur${percent}`;
}
