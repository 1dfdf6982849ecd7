import { formatAmount } from '../domain/subsidy.policy';

const SIGNATURE = ['', 'Met vriendelijke groet,', 'Flevowijs — zij-instroom primair onderwijs'];

export interface TermExpiredFacts {
  candidateName: string;
  reference: string;
  boardName: string;
  routeName: string;
  plannedEnd: string;
}

/** Staff's mail: the term passed without qualification, so the programme ended term_expired. */
export function termExpiredMail(facts: TermExpiredFacts, link: string): { title: string; body: string } {
  return {
    title: `Termijn verlopen: ${facts.candidateName} (${facts.reference})`,
    body: [
      'Beste collega,',
      '',
      `De termijn van het traject van ${facts.candidateName} (${facts.reference}) bij ${facts.boardName}, route ${facts.routeName}, ` +
        `liep tot en met ${facts.plannedEnd}. Er is geen bevoegdheid, uitval of verlenging vastgelegd, dus het traject is beëindigd met "termijn verlopen".`,
      '',
      'Klopt dat niet? Bekijk het traject:',
      link,
      ...SIGNATURE,
    ].join('\n'),
  };
}

export interface RepaymentTaskFacts {
  candidateName: string;
  reference: string;
  boardName: string;
  droppedOutOn: string;
  repaymentRisk: number | null;
}

/** The board's mail: a subsidised person stopped early; the board must tell DUO at once and mark the task done. */
export function repaymentTaskMail(facts: RepaymentTaskFacts, link: string): { title: string; body: string } {
  const risk = facts.repaymentRisk === null ? 'het niet bestede deel' : `het niet bestede deel (${formatAmount(facts.repaymentRisk)})`;
  return {
    title: `Taak: meld bij DUO dat ${facts.candidateName} (${facts.reference}) is gestopt`,
    body: [
      `Beste collega van ${facts.boardName},`,
      '',
      `${facts.candidateName} (${facts.reference}) is op ${facts.droppedOutOn} gestopt met het zij-instroomtraject. ` +
        `Voor deze persoon is subsidie zij-instroom aangevraagd; ${risk} moet worden terugbetaald.`,
      '',
      'Meld dit direct bij DUO en markeer daarna de taak als gedaan:',
      link,
      ...SIGNATURE,
    ].join('\n'),
  };
}
