import type { AssessmentOutcome } from '../domain/assessment.policy';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2026-03-02' → '2 maart 2026', as a Dutch reader writes a date. */
export function dutchDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

const SIGNATURE = ['', 'Met vriendelijke groet,', 'Flevowijs — zij-instroom primair onderwijs'];

export interface OutcomeMailFacts {
  firstName: string;
  reference: string;
  instituteName: string;
  outcome: AssessmentOutcome;
  declarationDate: string | null;
  validUntil: string | null;
  requiredTraining: string | null;
  requiredSupport: string | null;
}

/** The candidate's mail about the outcome: congratulations, or the refusal with what happens to their data. */
export function assessmentOutcomeMail(facts: OutcomeMailFacts): { title: string; body: string } {
  if (facts.outcome === 'suitable') {
    const validity = facts.validUntil ? ` en is geldig tot ${dutchDate(facts.validUntil)}` : '';
    return {
      title: `Gefeliciteerd: je bent geschikt bevonden voor zij-instroom (${facts.reference})`,
      body: [
        `Beste ${facts.firstName},`,
        '',
        `Gefeliciteerd! Uit het geschiktheidsonderzoek bij ${facts.instituteName} blijkt dat je geschikt bent om als zij-instromer`,
        'in het primair onderwijs aan de slag te gaan.',
        ...(facts.declarationDate ? [`Je geschiktheidsverklaring is afgegeven op ${dutchDate(facts.declarationDate)}${validity}.`] : []),
        ...(facts.requiredTraining ? ['', `Scholing die bij de verklaring hoort: ${facts.requiredTraining}`] : []),
        ...(facts.requiredSupport ? ['', `Begeleiding die bij de verklaring hoort: ${facts.requiredSupport}`] : []),
        '',
        'Wat gebeurt er nu? Het schoolbestuur en Flevowijs nemen contact met je op over je plaatsing op een school en de start van je traject.',
        `Noem je referentie ${facts.reference} als je contact met ons opneemt.`,
        ...SIGNATURE,
      ].join('\n'),
    };
  }
  return {
    title: `Uitkomst van je geschiktheidsonderzoek (${facts.reference})`,
    body: [
      `Beste ${facts.firstName},`,
      '',
      `Je hebt meegedaan aan het geschiktheidsonderzoek bij ${facts.instituteName}. Helaas ben je niet geschikt bevonden om als`,
      'zij-instromer in het primair onderwijs te beginnen. Daarmee stopt je aanmelding bij Flevowijs.',
      '',
      `Wil je een toelichting? Neem dan contact op met Flevowijs en noem je referentie ${facts.reference}.`,
      'We bewaren je gegevens nog vier weken en verwijderen ze daarna, tenzij je toestemming gaf om ze een jaar te bewaren.',
      ...SIGNATURE,
    ].join('\n'),
  };
}

export interface OverdueMailFacts {
  candidateName: string;
  reference: string;
  boardName: string;
  instituteName: string;
  requestedOn: string;
}

/** The central desk's reminder: an assessment still without outcome 8 weeks after its request. */
export function assessmentOverdueMail(facts: OverdueMailFacts, link: string): { title: string; body: string } {
  return {
    title: `Geschiktheidsonderzoek na 8 weken nog zonder uitkomst (${facts.reference})`,
    body: [
      `Het geschiktheidsonderzoek van ${facts.candidateName} (${facts.reference}) bij ${facts.instituteName},`,
      `aangevraagd voor ${facts.boardName} op ${dutchDate(facts.requestedOn)}, heeft na 8 weken nog geen uitkomst.`,
      '',
      'Neem contact op met de lerarenopleiding over de planning en de uitkomst.',
      '',
      `Bekijk de kandidaat: ${link}`,
    ].join('\n'),
  };
}

export interface RequestMailFacts {
  candidateName: string;
  reference: string;
  boardName: string;
  instituteName: string;
  requestedOn: string;
  plannedPracticeDay: string | null;
}

/** The institute's mail: an assessment was requested with it, and where to find the candidate. */
export function assessmentRequestMail(facts: RequestMailFacts, link: string): { title: string; body: string } {
  return {
    title: `Nieuw geschiktheidsonderzoek aangevraagd: ${facts.candidateName} (${facts.reference})`,
    body: [
      `Beste collega van ${facts.instituteName},`,
      '',
      `${facts.boardName} heeft op ${dutchDate(facts.requestedOn)} een geschiktheidsonderzoek aangevraagd voor ${facts.candidateName} (${facts.reference}).`,
      facts.plannedPracticeDay ? `De geplande praktijkdag is ${dutchDate(facts.plannedPracticeDay)}.` : 'Er is nog geen praktijkdag gepland.',
      '',
      `Motivatiebrief, cv en het vastleggen van de uitkomst: ${link}`,
      ...SIGNATURE,
    ].join('\n'),
  };
}
