/**
 * What each background job sends, by its name (libs/<module>/src/jobs/<module>.jobs.ts). The API
 * sends the name as a plain string: a job this table lacks is shown by its name.
 */
export const JOB_LABELS: Record<string, string> = {
  'candidates.application-received': 'Ontvangstbevestiging en melding nieuwe aanmelding',
  'selection.interview-invitation': 'Uitnodiging voor of wijziging van een selectiegesprek',
  'selection.interview-cancellation': 'Afzegging van een selectiegesprek',
  'selection.interview-reminder': 'Herinnering aan een selectiegesprek',
  'selection.outcome-mail': 'Bericht aan de kandidaat over de uitkomst van het selectiegesprek',
  'assessment.outcome-mail': 'Bericht aan de kandidaat over de uitkomst van het geschiktheidsonderzoek',
  'notifications.outbox-dead': 'Melding over een niet verstuurd bericht',
  'surveys.invitation-mail': 'Uitnodiging voor de tevredenheidsenquête',
};
