import { ROLE_LABELS } from '../../shared/labels';

/** Every entity written to the audit log (grep `audit.record(` in libs and apps), in Dutch. */
export const ENTITY_LABELS: Record<string, string> = {
  candidate: 'Kandidaat',
  candidate_access_grant: 'Toegang tot kandidaat',
  user: 'Gebruiker',
  session: 'Sessie',
  board: 'Schoolbestuur',
  school: 'School',
  institute: 'Lerarenopleiding',
  selection_interview: 'Selectiegesprek',
  selection_interview_board: 'Advies van schoolbestuur',
  suitability_assessment: 'Geschiktheidsonderzoek',
  outbox_job: 'Achtergrondtaak',
};

/** Every action in the log, in Dutch. */
export const ACTION_LABELS: Record<string, string> = {
  apply: 'Aangemeld',
  apply_duplicate: 'Nieuwe aanmelding met hetzelfde e-mailadres (niet aangemaakt)',
  screening: 'Screening gestart',
  schedule_interview: 'Gesprek ingepland',
  cancel_interview: 'Gesprek geannuleerd',
  pass_interview: 'Gesprek positief',
  start_assessment: 'Geschiktheidsonderzoek gestart',
  pass_assessment: 'Geschikt verklaard',
  start_programme: 'Opleiding gestart',
  qualify: 'Bevoegd',
  drop_out: 'Uitgevallen',
  expire_term: 'Termijn verlopen',
  reject: 'Afgewezen',
  withdraw: 'Teruggetrokken',
  download_cv: 'Cv gedownload',
  download_motivation_letter: 'Motivatiebrief gedownload',
  grant: 'Toegang gegeven',
  revoke: 'Toegang ingetrokken',
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  password_changed: 'Wachtwoord gewijzigd',
  recovery_code_used: 'Herstelcode gebruikt',
  login: 'Ingelogd',
  login_for_enrolment: 'Ingelogd om tweestapsverificatie in te stellen',
  logout: 'Uitgelogd',
  end: 'Sessie beëindigd',
  login_failed: 'Inloggen mislukt',
  mfa_failed: 'Verificatiecode onjuist',
  login_delayed: 'Inloggen vertraagd (te veel pogingen)',
  mfa_enrolled: 'Tweestapsverificatie ingesteld',
  mfa_disabled: 'Tweestapsverificatie uitgezet',
  mfa_reset: 'Tweestapsverificatie hersteld door beheerder',
  schedule: 'Ingepland',
  reschedule: 'Verzet',
  cancel: 'Geannuleerd',
  record_advice: 'Advies vastgelegd',
  record_outcome: 'Uitkomst vastgelegd',
  request: 'Aangevraagd',
  retry: 'Opnieuw geprobeerd',
};

/** Every changed field's name in the log, in Dutch. */
export const FIELD_LABELS: Record<string, string> = {
  firstName: 'Voornaam',
  lastName: 'Achternaam',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  degreeLevel: 'Vooropleiding',
  degreeField: 'Studierichting',
  region: 'Regio',
  consentToKeep: 'Toestemming om te bewaren',
  documents: 'Documenten',
  stage: 'Fase',
  closedAt: 'Afgesloten op',
  closingReason: 'Reden van afsluiten',
  candidateId: 'Kandidaat',
  partyKind: 'Soort partij',
  partyId: 'Partij',
  purpose: 'Doel',
  disclosed: 'Gedeelde gegevens',
  revokedAt: 'Ingetrokken op',
  name: 'Naam',
  joinedAt: 'Aangesloten op',
  boardId: 'Schoolbestuur',
  instituteId: 'Lerarenopleiding',
  city: 'Plaats',
  role: 'Rol',
  password: 'Wachtwoord',
  active: 'Actief',
  totp: 'Authenticator-app',
  recoveryCodes: 'Herstelcodes',
  startsAt: 'Datum en tijd',
  durationMinutes: 'Duur',
  location: 'Locatie',
  staffUserIds: 'Medewerkers in het panel',
  boards: 'Schoolbesturen in het panel',
  sequence: 'Versie van de uitnodiging',
  status: 'Status',
  cancelledAt: 'Geannuleerd op',
  cancellationReason: 'Reden van annuleren',
  advice: 'Advies',
  wouldEmploy: 'Wil in dienst nemen',
  motivation: 'Toelichting',
  outcome: 'Uitkomst',
  outcomeMotivation: 'Toelichting op de uitkomst',
  requestedOn: 'Aangevraagd op',
  plannedPracticeDay: 'Geplande praktijkdag',
  decidedOn: 'Besloten op',
  declarationDate: 'Datum verklaring',
  validUntil: 'Geldig tot',
  requiredTraining: 'Vereiste scholing',
  requiredSupport: 'Vereiste begeleiding',
  nextAttemptAt: 'Volgende poging',
};

/** The Dutch name of an entity, action or field; a name this page does not know yet is shown as it is. */
export function auditLabel(labels: Record<string, string>, name: string): string {
  return Object.hasOwn(labels, name) ? labels[name] : name;
}

/** The role of the one who acted, or "Publiek" for the public form and failed logins. */
export function actorRoleLabel(role: string | null): string {
  if (role === null) return '';
  if (role === 'public') return 'Publiek';
  return auditLabel(ROLE_LABELS, role);
}
