import { formatDutchMoment, formatDutchTime } from '@app/shared';
import { MAIL_SIGNATURE, renderMail, type MailTemplateDefinition, type PlaceholderValues } from '@app/notifications';

export interface MailText {
  title: string;
  body: string;
}

export interface InterviewFacts {
  startsAt: Date;
  durationMinutes: number;
  location: string;
}

export interface CandidateFacts {
  firstName: string;
  lastName: string;
  reference: string;
}

const SIGNATURE = ['', 'Met vriendelijke groet,', 'Flevowijs — zij-instroom primair onderwijs'];

/** Names as a Dutch sentence lists them: 'A', 'A en B', 'A, B en C'. */
export function dutchList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/** A panel mail goes to each member on their own, greeted by name. */
export function greeted(text: MailText, name: string): MailText {
  return { title: text.title, body: [`Beste ${name},`, '', text.body].join('\n') };
}

/** Who sits on the panel, in words. */
function panelWords(boardNames: string[]): string {
  return dutchList(['medewerkers van Flevowijs', ...boardNames]);
}

function when(interview: InterviewFacts): string[] {
  const end = new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
  return [`Wanneer: ${formatDutchMoment(interview.startsAt)} tot ${formatDutchTime(end)} (Nederlandse tijd)`, `Waar: ${interview.location}`];
}

function fullName(candidate: CandidateFacts): string {
  return `${candidate.firstName} ${candidate.lastName}`;
}

const INVITATION_PLACEHOLDERS = {
  voornaam: { description: 'De voornaam van de kandidaat', example: 'Sanne' },
  referentie: { description: 'Het aanmeldnummer van de kandidaat', example: 'ZI-2026-00042' },
  datum: { description: 'Dag, datum en begintijd van het gesprek', example: 'donderdag 25 maart 2027 om 10:00' },
  tijd: { description: 'De begintijd van het gesprek', example: '10:00' },
  eindtijd: { description: 'De eindtijd van het gesprek', example: '11:00' },
  locatie: { description: 'Waar het gesprek is', example: 'Flevowijs, Stationsplein 1, Almere' },
  panel: { description: 'Wie er in het panel zitten', example: 'medewerkers van Flevowijs en Stichting Voorbeeld' },
};

function pick<T>(all: Record<string, T>, names: readonly string[]): Record<string, T> {
  return Object.fromEntries(names.map((name) => [name, all[name]]));
}

function invitationText(opening: string): string {
  return [
    'Beste {voornaam},',
    '',
    opening,
    '',
    'Wanneer: {datum} tot {eindtijd} (Nederlandse tijd)',
    'Waar: {locatie}',
    '',
    'De afspraak voor je agenda zit bij deze mail. Kun je niet? Laat het ons dan zo snel mogelijk weten.',
    'Je referentie is {referentie}.',
    ...MAIL_SIGNATURE,
  ].join('\n');
}

/** The candidate's invitation to the selection interview; administrators may edit its text (issue 16, item 5). */
export const INTERVIEW_INVITATION_TEMPLATE: MailTemplateDefinition = {
  kind: 'interview_invitation',
  label: 'Uitnodiging voor het selectiegesprek',
  recipient: 'kandidaat',
  placeholders: INVITATION_PLACEHOLDERS,
  subject: 'Uitnodiging: selectiegesprek zij-instroom op {datum}',
  body: invitationText('Graag nodigen we je uit voor een selectiegesprek met {panel}.'),
};

/** The candidate's update of a rescheduled interview. */
export const INTERVIEW_UPDATE_TEMPLATE: MailTemplateDefinition = {
  kind: 'interview_update',
  label: 'Wijziging van het selectiegesprek',
  recipient: 'kandidaat',
  placeholders: INVITATION_PLACEHOLDERS,
  subject: 'Gewijzigd: selectiegesprek zij-instroom op {datum}',
  body: invitationText('Je selectiegesprek is gewijzigd. Dit zijn de nieuwe gegevens:'),
};

export function invitationValues(candidate: CandidateFacts, interview: InterviewFacts, boardNames: string[]): PlaceholderValues {
  const end = new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
  return {
    voornaam: candidate.firstName,
    referentie: candidate.reference,
    datum: formatDutchMoment(interview.startsAt),
    tijd: formatDutchTime(interview.startsAt),
    eindtijd: formatDutchTime(end),
    locatie: interview.location,
    panel: panelWords(boardNames),
  };
}

/** The candidate's invitation (or update) in its default text. */
export function candidateInvitationMail(candidate: CandidateFacts, interview: InterviewFacts, boardNames: string[], update: boolean): MailText {
  return renderMail(update ? INTERVIEW_UPDATE_TEMPLATE : INTERVIEW_INVITATION_TEMPLATE, invitationValues(candidate, interview, boardNames));
}

/** Without greeting: the messenger greets each member by name (`greeted`). */
export function panelInvitationMail(candidate: CandidateFacts, interview: InterviewFacts, boardNames: string[], link: string, update: boolean): MailText {
  return {
    title: `${update ? 'Gewijzigd' : 'Uitnodiging'}: selectiegesprek met ${fullName(candidate)} (${candidate.reference})`,
    body: [
      update
        ? `Het selectiegesprek met ${fullName(candidate)} is gewijzigd. Dit zijn de nieuwe gegevens:`
        : `Je zit in het panel van het selectiegesprek met ${fullName(candidate)}.`,
      '',
      ...when(interview),
      `Panel: ${panelWords(boardNames)}`,
      '',
      `Motivatiebrief, cv en je advies: ${link}`,
      ...SIGNATURE,
    ].join('\n'),
  };
}

/** The candidate's notice that the interview does not take place. */
export const INTERVIEW_CANCELLATION_TEMPLATE: MailTemplateDefinition = {
  kind: 'interview_cancellation',
  label: 'Afzegging van het selectiegesprek',
  recipient: 'kandidaat',
  placeholders: pick(INVITATION_PLACEHOLDERS, ['voornaam', 'referentie', 'datum', 'locatie']),
  subject: 'Geannuleerd: selectiegesprek zij-instroom op {datum}',
  body: [
    'Beste {voornaam},',
    '',
    'Je selectiegesprek op {datum} gaat niet door. We nemen contact met je op over het vervolg.',
    'Je referentie is {referentie}.',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

export function panelCancellationMail(candidate: CandidateFacts, interview: InterviewFacts, reason: string | null): MailText {
  return {
    title: `Geannuleerd: selectiegesprek met ${fullName(candidate)} (${candidate.reference})`,
    body: [
      `Het selectiegesprek met ${fullName(candidate)} op ${formatDutchMoment(interview.startsAt)} gaat niet door.`,
      ...(reason ? [`Reden: ${reason}`] : []),
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function removedFromPanelMail(candidate: CandidateFacts, interview: InterviewFacts): MailText {
  return {
    title: `Afgemeld: selectiegesprek met ${fullName(candidate)} (${candidate.reference})`,
    body: [
      `Je zit niet langer in het panel van het selectiegesprek met ${fullName(candidate)} op ${formatDutchMoment(interview.startsAt)}.`,
      'De afspraak is uit je agenda gehaald.',
      ...SIGNATURE,
    ].join('\n'),
  };
}

/** The candidate's reminder the day before the interview. */
export const INTERVIEW_REMINDER_TEMPLATE: MailTemplateDefinition = {
  kind: 'interview_reminder',
  label: 'Herinnering aan het selectiegesprek (de dag ervoor)',
  recipient: 'kandidaat',
  placeholders: pick(INVITATION_PLACEHOLDERS, ['voornaam', 'referentie', 'datum', 'tijd', 'eindtijd', 'locatie']),
  subject: 'Herinnering: morgen je selectiegesprek zij-instroom om {tijd}',
  body: [
    'Beste {voornaam},',
    '',
    'Morgen is je selectiegesprek. Tot dan!',
    '',
    'Wanneer: {datum} tot {eindtijd} (Nederlandse tijd)',
    'Waar: {locatie}',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

export function panelReminderMail(candidate: CandidateFacts, interview: InterviewFacts, link: string): MailText {
  return {
    title: `Herinnering: morgen selectiegesprek met ${fullName(candidate)} om ${formatDutchTime(interview.startsAt)}`,
    body: [`Morgen is het selectiegesprek met ${fullName(candidate)}.`, '', ...when(interview), '', `Dossier: ${link}`, ...SIGNATURE].join('\n'),
  };
}

/** A positive outcome: the next step is the suitability assessment. The motivation stays internal. */
export const INTERVIEW_PASSED_TEMPLATE: MailTemplateDefinition = {
  kind: 'interview_passed',
  label: 'Uitkomst van het selectiegesprek: positief',
  recipient: 'kandidaat',
  placeholders: pick(INVITATION_PLACEHOLDERS, ['voornaam', 'referentie']),
  subject: 'Uitkomst van je selectiegesprek zij-instroom: je gaat door ({referentie})',
  body: [
    'Beste {voornaam},',
    '',
    'Bedankt voor het selectiegesprek. Goed nieuws: het panel is positief en je gaat door naar de volgende stap.',
    'Dat is het geschiktheidsonderzoek bij een lerarenopleiding, aangevraagd door het schoolbestuur dat je in dienst wil nemen.',
    'We nemen contact met je op over de planning.',
    'Je referentie is {referentie}.',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

/** A negative outcome. The motivation stays internal (it may hold the boards' opinions); the candidate can ask for a talk. */
export const INTERVIEW_REJECTION_TEMPLATE: MailTemplateDefinition = {
  kind: 'interview_rejection',
  label: 'Uitkomst van het selectiegesprek: negatief',
  recipient: 'kandidaat',
  placeholders: pick(INVITATION_PLACEHOLDERS, ['voornaam', 'referentie']),
  subject: 'Uitkomst van je selectiegesprek zij-instroom ({referentie})',
  body: [
    'Beste {voornaam},',
    '',
    'Bedankt voor het selectiegesprek en je interesse in het leraarschap in het primair onderwijs.',
    'Na zorgvuldige afweging hebben we besloten je aanmelding niet verder in behandeling te nemen.',
    'Wil je een toelichting? Neem dan contact met ons op en noem je referentie; we bespreken het graag met je.',
    'Je referentie is {referentie}.',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

export function interviewPassedMail(candidate: CandidateFacts): MailText {
  return renderMail(INTERVIEW_PASSED_TEMPLATE, { voornaam: candidate.firstName, referentie: candidate.reference });
}

export function rejectionMail(candidate: CandidateFacts): MailText {
  return renderMail(INTERVIEW_REJECTION_TEMPLATE, { voornaam: candidate.firstName, referentie: candidate.reference });
}

/** The candidate's mails of this module whose text administrators may edit (issue 16, item 5). */
export const SELECTION_MAIL_TEMPLATES = [
  INTERVIEW_INVITATION_TEMPLATE,
  INTERVIEW_UPDATE_TEMPLATE,
  INTERVIEW_CANCELLATION_TEMPLATE,
  INTERVIEW_REMINDER_TEMPLATE,
  INTERVIEW_PASSED_TEMPLATE,
  INTERVIEW_REJECTION_TEMPLATE,
];
