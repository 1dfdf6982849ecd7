/**
 * What each background job sends, by its name (libs/<module>/src/jobs/<module>.jobs.ts). The API
 * sends the name as a plain string: a job this table lacks is shown by its name.
 */
export const JOB_LABELS: Record<string, string> = {
  'candidates.application-received': 'Ontvangstbevestiging en melding nieuwe aanmelding',
  'candidates.application-duplicate': 'Bericht dat er al een aanmelding loopt',
  'selection.interview-invitation': 'Uitnodiging voor of wijziging van een selectiegesprek',
  'selection.interview-cancellation': 'Afzegging van een selectiegesprek',
  'selection.interview-reminder': 'Herinnering aan een selectiegesprek',
  'selection.outcome-mail': 'Bericht aan de kandidaat over de uitkomst van het selectiegesprek',
  'assessment.outcome-mail': 'Bericht aan de kandidaat over de uitkomst van het geschiktheidsonderzoek',
  'notifications.outbox-dead': 'Melding over een niet verstuurd bericht',
  'accounts.password-reset-mail': 'E-mail met een link om een nieuw wachtwoord te kiezen',
  'assessment.request-mail': 'Bericht aan de lerarenopleiding over een aangevraagd geschiktheidsonderzoek',
  'candidates.closing-mail': 'Bericht aan de kandidaat bij afwijzing of terugtrekking',
  'placements.proposal-mail': 'Bericht aan het schoolbestuur over een voorgestelde kandidaat',
  'programmes.term-expired-mail': 'Melding aan de medewerkers dat de termijn van een traject is verlopen',
  'programmes.repayment-task-mail': 'Taak voor het schoolbestuur: terugbetaling melden bij DUO',
  'surveys.invitation-mail': 'Uitnodiging voor de tevredenheidsenquête',
  'coaching.assign-coach': 'Coach toewijzen aan een gestart traject',
  'coaching.needs-coach-mail': 'Melding aan de medewerkers dat een traject geen coach heeft',
  'privacy.remove-documents': 'Verwijderen van de documenten van een gewiste kandidaat',
  'programmes.end-reminder': 'Herinnering aan de geplande einddatum van een traject',
  'programmes.uitval-alert': 'Melding aan de medewerkers dat de uitval van een cohort de drempel bereikt',
  'placements.soft-landing-reminder': 'Bericht aan het schoolbestuur dat de zachte landing over 14 dagen eindigt',
  'notes.mention': 'Melding aan een collega die in een notitie is genoemd',
  'candidates.bulk-rejection-mail': 'Afwijzingsbericht na massaal afwijzen (na de wachttijd)',
  'portal.sign-in-mail': 'E-mail met een inloglink voor Mijn aanmelding (kandidaat)',
  'coaching.no-session-reminder': 'Herinnering aan de coach: 28 dagen geen begeleiding in een traject',
  'coaching.behind-norm-reminder': 'Melding aan de medewerkers dat de begeleiding van een traject achterloopt op de norm',
  'imports.commit': 'Verwerken van een import',
};
