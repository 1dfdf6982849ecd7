import { MAIL_SIGNATURE, renderMail, type MailTemplateDefinition, type PlaceholderValues } from '@app/notifications';

interface ApplicantFacts {
  firstName: string;
  reference: string;
}

/** The placeholders every candidate mail of this module knows. */
export const CANDIDATE_PLACEHOLDERS = {
  voornaam: { description: 'De voornaam van de kandidaat', example: 'Sanne' },
  referentie: { description: 'Het aanmeldnummer van de kandidaat', example: 'ZI-2026-00042' },
};

export function candidateValues(candidate: ApplicantFacts): PlaceholderValues {
  return { voornaam: candidate.firstName, referentie: candidate.reference };
}

/** The confirmation of an application; administrators may edit its text (issue 16, item 5). */
export const APPLICATION_CONFIRMATION_TEMPLATE: MailTemplateDefinition = {
  kind: 'application_confirmation',
  label: 'Ontvangstbevestiging van een aanmelding',
  recipient: 'kandidaat',
  placeholders: CANDIDATE_PLACEHOLDERS,
  subject: 'Je aanmelding voor zij-instroom is ontvangen ({referentie})',
  body: [
    'Beste {voornaam},',
    '',
    'Bedankt voor je aanmelding als zij-instromer in het primair onderwijs in Almere of Lelystad.',
    'Je referentie is {referentie}. Noem die als je contact met ons opneemt.',
    '',
    'Wat gebeurt er nu? Een medewerker van Flevowijs bekijkt je motivatiebrief en cv. Binnen twee weken hoor je',
    'of we je uitnodigen voor een selectiegesprek met Flevowijs en een of meer schoolbesturen.',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

/** Dutch texts of the application mails: the confirmation in its default text. */
export function applicationConfirmationMail(candidate: ApplicantFacts): { title: string; body: string } {
  return renderMail(APPLICATION_CONFIRMATION_TEMPLATE, candidateValues(candidate));
}

/**
 * R3: to the owner of the address, about their open dossier. It names only what the owner knows
 * already (their first name and reference), not what the new form said.
 */
export const APPLICATION_ALREADY_OPEN_TEMPLATE: MailTemplateDefinition = {
  kind: 'application_already_open',
  label: 'Melding dat er al een aanmelding loopt (zelfde e-mailadres)',
  recipient: 'kandidaat',
  placeholders: CANDIDATE_PLACEHOLDERS,
  subject: 'Er loopt al een aanmelding voor zij-instroom ({referentie})',
  body: [
    'Beste {voornaam},',
    '',
    'We hebben een nieuwe aanmelding ontvangen met dit e-mailadres. Er loopt al een aanmelding met dit adres,',
    'met referentie {referentie}. Daarom hebben we geen tweede aanmelding gemaakt en de meegestuurde documenten niet bewaard.',
    '',
    'Wil je iets wijzigen aan je lopende aanmelding, bijvoorbeeld een nieuw cv of een andere motivatiebrief? Neem dan contact',
    'met ons op en noem je referentie {referentie}.',
    '',
    'Heb je zelf geen nieuwe aanmelding verstuurd? Dan hoef je niets te doen: je lopende aanmelding blijft zoals hij is.',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

export function newApplicationStaffMail(candidate: ApplicantFacts & { lastName: string; region: string }, link: string): { title: string; body: string } {
  const region = candidate.region === 'lelystad' ? 'Lelystad' : 'Almere';
  return {
    title: `Nieuwe aanmelding zij-instroom ${candidate.reference} (${region})`,
    body: [
      `Er is een nieuwe aanmelding binnengekomen: ${candidate.firstName} ${candidate.lastName}, regio ${region}.`,
      `Referentie: ${candidate.reference}`,
      '',
      `Bekijk de kandidaat: ${link}`,
    ].join('\n'),
  };
}
