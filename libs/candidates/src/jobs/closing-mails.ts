import { MAIL_SIGNATURE, renderMail, type MailTemplateDefinition } from '@app/notifications';
import { CANDIDATE_PLACEHOLDERS, candidateValues } from './application-mails';

interface ClosedCandidateFacts {
  firstName: string;
  reference: string;
}

/** The desk's rejection. The reason stays internal (it may quote a board's or an institute's opinion); the candidate can ask for a talk. */
export const REJECTION_TEMPLATE: MailTemplateDefinition = {
  kind: 'candidate_rejection',
  label: 'Afwijzing door de balie',
  recipient: 'kandidaat',
  placeholders: CANDIDATE_PLACEHOLDERS,
  subject: 'Besluit over je aanmelding voor zij-instroom ({referentie})',
  body: [
    'Beste {voornaam},',
    '',
    'Bedankt voor je aanmelding en je interesse in het leraarschap in het primair onderwijs.',
    'Na zorgvuldige afweging hebben we besloten je aanmelding niet verder in behandeling te nemen.',
    'Wil je een toelichting? Neem dan contact met ons op en noem je referentie; we bespreken het graag met je.',
    '',
    'We bewaren je gegevens nog vier weken en verwijderen ze daarna, tenzij je toestemming gaf om ze een jaar te bewaren.',
    'Je referentie is {referentie}.',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

/** The confirmation that the candidate stopped their application. */
export const WITHDRAWAL_TEMPLATE: MailTemplateDefinition = {
  kind: 'withdrawal_confirmation',
  label: 'Bevestiging van intrekken',
  recipient: 'kandidaat',
  placeholders: CANDIDATE_PLACEHOLDERS,
  subject: 'Bevestiging: je hebt je aanmelding voor zij-instroom ingetrokken ({referentie})',
  body: [
    'Beste {voornaam},',
    '',
    'Hierbij bevestigen we dat je je aanmelding als zij-instromer hebt ingetrokken. We nemen je aanmelding niet verder in behandeling',
    'en de schoolbesturen kunnen je gegevens niet meer inzien.',
    '',
    'Was dit niet de bedoeling, of wil je later opnieuw beginnen? Je kunt je altijd opnieuw aanmelden.',
    'We bewaren je gegevens nog vier weken en verwijderen ze daarna, tenzij je toestemming gaf om ze een jaar te bewaren.',
    'Je referentie is {referentie}.',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

export function rejectionMail(candidate: ClosedCandidateFacts): { title: string; body: string } {
  return renderMail(REJECTION_TEMPLATE, candidateValues(candidate));
}

export function withdrawalMail(candidate: ClosedCandidateFacts): { title: string; body: string } {
  return renderMail(WITHDRAWAL_TEMPLATE, candidateValues(candidate));
}
