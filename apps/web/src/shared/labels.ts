import type {
  AssessmentOutcome,
  AssessmentStatus,
  DegreeLevel,
  DisclosurePurpose,
  DocumentKind,
  InterviewStatus,
  PartyKind,
  Region,
  Role,
  Stage,
  Verdict,
} from '../api/models';
import { STAGE_LABELS as DOMAIN_STAGE_LABELS } from '../../../../libs/candidates/src/domain/stage-labels';
import { DEGREE_LEVEL_LABELS as DOMAIN_DEGREE_LEVEL_LABELS } from '../../../../libs/routes/src/domain/degree-levels';

/**
 * The stage names the server uses in its messages too: one table for both (a pure domain file,
 * bundled from the library). In pipeline order; a stage the schema adds and the table lacks fails to compile.
 */
export const STAGE_LABELS: Record<Stage, string> = DOMAIN_STAGE_LABELS;

export const REGION_LABELS: Record<Region, string> = { almere: 'Almere', lelystad: 'Lelystad' };

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Beheerder',
  staff: 'Medewerker Flevowijs',
  coach: 'Coach',
  board: 'Schoolbestuur',
  institute: 'Lerarenopleiding',
};

/** The parties a candidate's data can go to are named as the roles that work for them. */
export const PARTY_KIND_LABELS: Record<PartyKind, string> = pick(ROLE_LABELS, ['board', 'institute', 'coach']);

export const DISCLOSURE_PURPOSE_LABELS: Record<DisclosurePurpose, string> = {
  selection_panel: 'Selectiepanel',
  suitability_assessment: 'Geschiktheidsonderzoek',
  matching: 'Voorgesteld voor plaatsing',
  placement: 'Plaatsing',
  coaching: 'Begeleiding',
};

/** The degree levels as the server names them in its refusals too (a pure domain file, bundled from the library). */
export const DEGREE_LEVEL_LABELS: Record<DegreeLevel, string> = DOMAIN_DEGREE_LEVEL_LABELS;

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = { motivation_letter: 'Motivatiebrief', cv: 'CV' };

export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = { scheduled: 'Gepland', cancelled: 'Geannuleerd', completed: 'Afgerond' };

/** Both a board's advice and the interview's outcome are positive or negative. */
export const VERDICT_LABELS: Record<Verdict, string> = { positive: 'Positief', negative: 'Negatief' };

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = { requested: 'Aangevraagd', completed: 'Afgerond' };

export const ASSESSMENT_OUTCOME_LABELS: Record<AssessmentOutcome, string> = { suitable: 'Geschikt', not_suitable: 'Niet geschikt' };

/** The labels of some keys of a larger map, in the order given. */
function pick<Key extends string, Picked extends Key>(labels: Record<Key, string>, keys: readonly Picked[]): Record<Picked, string> {
  return Object.fromEntries(keys.map((key) => [key, labels[key]])) as Record<Picked, string>;
}

/** The keys of a label map, in the order written above. */
function keysOf<Key extends string>(labels: Record<Key, string>): Key[] {
  return Object.keys(labels) as Key[];
}

export const STAGES = keysOf(STAGE_LABELS);
export const REGIONS = keysOf(REGION_LABELS);
export const ROLES = keysOf(ROLE_LABELS);
export const DEGREE_LEVELS = keysOf(DEGREE_LEVEL_LABELS);

/** A label map as `[value, label]` choices for a select or radio buttons, in the order written above. */
export function choicesOf<Key extends string>(labels: Record<Key, string>): [Key, string][] {
  return Object.entries(labels) as [Key, string][];
}

/** The Dutch label, or the raw value when the server sends one this page does not know yet. */
export function label<Key extends string>(labels: Record<Key, string>, value: Key | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return (labels as Record<string, string>)[value] ?? value;
}
