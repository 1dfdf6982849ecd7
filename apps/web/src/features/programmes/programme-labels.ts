import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** The programme types of this feature, taken from the generated schema so they cannot drift from the server. */
export type Programme = Schemas['ProgrammeResponse'];
export type ProgrammeStatus = Programme['status'];
export type Phase = NonNullable<Programme['phase']>;
export type AttentionReason = Programme['attention'][number];
export type DropoutReason = Schemas['DropoutRequest']['reason'];
export type SubsidyDecision = NonNullable<Schemas['SubsidyRequest']['decision']>;
export type ReadyCandidate = Schemas['ReadyCandidateResponse'];
export type Uitval = Schemas['UitvalResponse'];

export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = {
  running: 'Loopt',
  qualified: 'Bevoegd',
  dropped_out: 'Uitgevallen',
  term_expired: 'Termijn verlopen',
  route_switched: 'Andere route',
};

export const PHASE_LABELS: Record<Phase, string> = {
  soft_landing: 'Zachte landing',
  year_1: 'Leerjaar 1',
  year_2: 'Leerjaar 2',
  overdue: 'Over de termijn',
};

export const ATTENTION_LABELS: Record<AttentionReason, string> = {
  term_ends_soon: 'Termijn eindigt binnen 3 maanden',
  term_passed: 'Termijn verstreken',
  no_conduct_certificate: 'Geen VOG',
};

/** The server's fixed list (never free text); a reason it adds and this table lacks fails to compile. */
export const DROPOUT_REASON_LABELS: Record<DropoutReason, string> = {
  workload: 'Combinatie van werk en opleiding te zwaar',
  study_too_demanding: 'Opleiding te zwaar',
  not_suited_to_teaching: 'Beroep past niet',
  school_ended_employment: 'Schoolbestuur beëindigt het dienstverband',
  other_job: 'Andere baan',
  personal_circumstances: 'Persoonlijke omstandigheden',
  relocation: 'Verhuizing',
  other: 'Andere reden',
};

export const SUBSIDY_DECISION_LABELS: Record<SubsidyDecision, string> = { granted: 'Toegekend', refused: 'Afgewezen' };

const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** An amount in euros as people read it: "€ 12.499,50". */
export function formatEuros(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '—' : euros.format(amount);
}

/** A percentage with one decimal and a comma: "16,7%". */
export function formatPercent(rate: number | null): string {
  return rate === null ? '—' : `${rate.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

export const programmePath = (id: string) => `/trajecten/${encodeURIComponent(id)}`;
