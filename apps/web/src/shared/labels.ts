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

/** In pipeline order; a stage the schema adds and this map lacks fails to compile. */
export const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Aangemeld',
  screening: 'In screening',
  interview_scheduled: 'Gesprek gepland',
  interview_passed: 'Gesprek positief',
  in_assessment: 'In geschiktheidsonderzoek',
  assessment_passed: 'Geschikt verklaard',
  in_programme: 'In traject',
  qualified: 'Bevoegd',
  rejected: 'Afgewezen',
  withdrawn: 'Teruggetrokken',
  dropped_out: 'Uitgevallen',
  term_expired: 'Termijn verlopen',
};

export const REGION_LABELS: Record<Region, string> = {
  almere: 'Almere',
  lelystad: 'Lelystad',
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Beheerder',
  staff: 'Medewerker Flevowijs',
  coach: 'Coach',
  board: 'Schoolbestuur',
  institute: 'Lerarenopleiding',
};

export const DEGREE_LEVEL_LABELS: Record<DegreeLevel, string> = {
  hbo_bachelor: 'Hbo-bachelor (240 EC)',
  hbo_master: 'Hbo-master',
  wo_bachelor: 'Wo-bachelor',
  wo_master: 'Wo-master',
  associate_degree: 'Associate degree',
  mbo: 'Mbo',
  other: 'Anders / geen afgeronde opleiding',
};

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  motivation_letter: 'Motivatiebrief',
  cv: 'CV',
};

export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = {
  scheduled: 'Gepland',
  cancelled: 'Geannuleerd',
  completed: 'Afgerond',
};

/** Both a board's advice and the interview's outcome are positive or negative. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  positive: 'Positief',
  negative: 'Negatief',
};

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  requested: 'Aangevraagd',
  completed: 'Afgerond',
};

export const ASSESSMENT_OUTCOME_LABELS: Record<AssessmentOutcome, string> = {
  suitable: 'Geschikt',
  not_suitable: 'Niet geschikt',
};

export const DISCLOSURE_PURPOSE_LABELS: Record<DisclosurePurpose, string> = {
  selection_panel: 'Selectiepanel',
  suitability_assessment: 'Geschiktheidsonderzoek',
  placement: 'Plaatsing',
  coaching: 'Begeleiding',
};

export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  board: 'Schoolbestuur',
  institute: 'Lerarenopleiding',
  coach: 'Coach',
};

/** The keys of a label map, in the order written above. */
function keysOf<Key extends string>(labels: Record<Key, string>): Key[] {
  return Object.keys(labels) as Key[];
}

export const STAGES = keysOf(STAGE_LABELS);
export const REGIONS = keysOf(REGION_LABELS);
export const ROLES = keysOf(ROLE_LABELS);
export const DEGREE_LEVELS = keysOf(DEGREE_LEVEL_LABELS);

/** The Dutch label, or the raw value when the server sends one this page does not know yet. */
export function label<Key extends string>(labels: Record<Key, string>, value: Key | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return (labels as Record<string, string>)[value] ?? value;
}
