import { AMSTERDAM_TIME_ZONE } from '@app/shared';

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

const dayFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "donderdag 25 maart 2027 om 10:00" in Dutch time. */
function dutchMoment(instant: Date): string {
  return `${dayFormat.format(instant)} om ${timeFormat.format(instant)}`;
}

function when(interview: InterviewFacts): string[] {
  const end = new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
  return [`Wanneer: ${dutchMoment(interview.startsAt)} tot ${timeFormat.format(end)} (Nederlandse tijd)`, `Waar: ${interview.location}`];
}

function fullName(candidate: CandidateFacts): string {
  return `${candidate.firstName} ${candidate.lastName}`;
}

export function candidateInvitationMail(candidate: CandidateFacts, interview: InterviewFacts, boardNames: string[], update: boolean): MailText {
  const panel = boardNames.length ? `medewerkers van Flevowijs en ${boardNames.join(', ')}` : 'medewerkers van Flevowijs';
  return {
    title: `${update ? 'Gewijzigd: ' : 'Uitnodiging: '}selectiegesprek zij-instroom op ${dutchMoment(interview.startsAt)}`,
    body: [
      `Beste ${candidate.firstName},`,
      '',
      update ? 'Je selectiegesprek is gewijzigd. Dit zijn de nieuwe gegevens:' : `Graag nodigen we je uit voor een selectiegesprek met ${panel}.`,
      '',
      ...when(interview),
      '',
      'In de bijlage vind je de afspraak voor je agenda. Kun je niet? Laat het ons dan zo snel mogelijk weten.',
      `Je referentie is ${candidate.reference}.`,
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function panelInvitationMail(candidate: CandidateFacts, interview: InterviewFacts, link: string, update: boolean): MailText {
  return {
    title: `${update ? 'Gewijzigd: ' : ''}selectiegesprek met ${fullName(candidate)} (${candidate.reference})`,
    body: [
      update
        ? `Het selectiegesprek met ${fullName(candidate)} is gewijzigd. Dit zijn de nieuwe gegevens:`
        : `Je zit in het panel van het selectiegesprek met ${fullName(candidate)}.`,
      '',
      ...when(interview),
      '',
      `Motivatiebrief, cv en je advies: ${link}`,
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function candidateCancellationMail(candidate: CandidateFacts, interview: InterviewFacts): MailText {
  return {
    title: `Geannuleerd: selectiegesprek zij-instroom op ${dutchMoment(interview.startsAt)}`,
    body: [
      `Beste ${candidate.firstName},`,
      '',
      `Je selectiegesprek op ${dutchMoment(interview.startsAt)} gaat niet door. We nemen contact met je op over het vervolg.`,
      `Je referentie is ${candidate.reference}.`,
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function panelCancellationMail(candidate: CandidateFacts, interview: InterviewFacts, reason: string | null): MailText {
  return {
    title: `Geannuleerd: selectiegesprek met ${fullName(candidate)} (${candidate.reference})`,
    body: [
      `Het selectiegesprek met ${fullName(candidate)} op ${dutchMoment(interview.startsAt)} gaat niet door.`,
      ...(reason ? [`Reden: ${reason}`] : []),
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function removedFromPanelMail(candidate: CandidateFacts, interview: InterviewFacts): MailText {
  return {
    title: `Afgemeld: selectiegesprek met ${fullName(candidate)} (${candidate.reference})`,
    body: [
      `Je zit niet langer in het panel van het selectiegesprek met ${fullName(candidate)} op ${dutchMoment(interview.startsAt)}.`,
      'De afspraak is uit je agenda gehaald.',
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function candidateReminderMail(candidate: CandidateFacts, interview: InterviewFacts): MailText {
  return {
    title: `Herinnering: morgen je selectiegesprek zij-instroom om ${timeFormat.format(interview.startsAt)}`,
    body: [`Beste ${candidate.firstName},`, '', 'Morgen is je selectiegesprek. Tot dan!', '', ...when(interview), ...SIGNATURE].join('\n'),
  };
}

export function panelReminderMail(candidate: CandidateFacts, interview: InterviewFacts, link: string): MailText {
  return {
    title: `Herinnering: morgen selectiegesprek met ${fullName(candidate)} om ${timeFormat.format(interview.startsAt)}`,
    body: [`Morgen is het selectiegesprek met ${fullName(candidate)}.`, '', ...when(interview), '', `Dossier: ${link}`, ...SIGNATURE].join('\n'),
  };
}

/** The motivation stays internal (it may hold the boards' opinions); the candidate can ask for a talk. */
export function rejectionMail(candidate: CandidateFacts): MailText {
  return {
    title: `Uitkomst van je selectiegesprek zij-instroom (${candidate.reference})`,
    body: [
      `Beste ${candidate.firstName},`,
      '',
      'Bedankt voor het selectiegesprek en je interesse in het leraarschap in het primair onderwijs.',
      'Na zorgvuldige afweging hebben we besloten je aanmelding niet verder in behandeling te nemen.',
      'Wil je een toelichting? Neem dan contact met ons op en noem je referentie; we bespreken het graag met je.',
      `Je referentie is ${candidate.reference}.`,
      ...SIGNATURE,
    ].join('\n'),
  };
}
