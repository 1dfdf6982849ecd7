import type { Stage } from './stage';

/** Dutch names of the stages, for messages people read. */
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
