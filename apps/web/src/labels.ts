export const STAGES = [
  'applied',
  'screening',
  'interview_scheduled',
  'interview_passed',
  'in_assessment',
  'assessment_passed',
  'in_programme',
  'qualified',
  'rejected',
  'withdrawn',
  'dropped_out',
  'term_expired',
] as const;

export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<string, string> = {
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

export const REGIONS = ['almere', 'lelystad'] as const;

export const REGION_LABELS: Record<string, string> = {
  almere: 'Almere',
  lelystad: 'Lelystad',
};

export const ROLES = ['admin', 'staff', 'coach', 'board', 'institute'] as const;

export const ROLE_LABELS: Record<string, string> = {
  admin: 'Beheerder',
  staff: 'Medewerker Flevowijs',
  coach: 'Coach',
  board: 'Schoolbestuur',
  institute: 'Lerarenopleiding',
};

export const DEGREE_LEVELS = [
  'hbo_bachelor',
  'hbo_master',
  'wo_bachelor',
  'wo_master',
  'associate_degree',
  'mbo',
  'other',
] as const;

export const DEGREE_LEVEL_LABELS: Record<string, string> = {
  hbo_bachelor: 'Hbo-bachelor (240 EC)',
  hbo_master: 'Hbo-master',
  wo_bachelor: 'Wo-bachelor',
  wo_master: 'Wo-master',
  associate_degree: 'Associate degree',
  mbo: 'Mbo',
  other: 'Anders / geen afgeronde opleiding',
};

export const DOCUMENT_KIND_LABELS: Record<string, string> = {
  motivation_letter: 'Motivatiebrief',
  cv: 'CV',
};

export const INTERVIEW_STATUS_LABELS: Record<string, string> = {
  scheduled: 'Gepland',
  cancelled: 'Geannuleerd',
  completed: 'Afgerond',
};

/** Both a board's advice and the interview's outcome are positive or negative. */
export const VERDICT_LABELS: Record<string, string> = {
  positive: 'Positief',
  negative: 'Negatief',
};

export const ASSESSMENT_STATUS_LABELS: Record<string, string> = {
  requested: 'Aangevraagd',
  completed: 'Afgerond',
};

export const ASSESSMENT_OUTCOME_LABELS: Record<string, string> = {
  suitable: 'Geschikt',
  not_suitable: 'Niet geschikt',
};

export const DISCLOSURE_PURPOSE_LABELS: Record<string, string> = {
  selection_panel: 'Selectiepanel',
  suitability_assessment: 'Geschiktheidsonderzoek',
  placement: 'Plaatsing',
  coaching: 'Begeleiding',
};

export const PARTY_KIND_LABELS: Record<string, string> = {
  board: 'Schoolbestuur',
  institute: 'Lerarenopleiding',
  coach: 'Coach',
};

/** Returns the Dutch label, or the raw value when no label is known. */
export function label(map: Record<string, string>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return map[value] ?? value;
}
