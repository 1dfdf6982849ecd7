import { calendarDate, startOfDay, type CalendarDate } from '@app/shared';

const SIGNATURE = ['', 'Met vriendelijke groet,', 'Flevowijs — zij-instroom primair onderwijs'];
const dutchDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
const hours = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

function formatDutchDate(date: CalendarDate | string): string {
  return dutchDate.format(startOfDay(calendarDate(date)));
}

export interface ProgrammeFacts {
  candidateName: string;
  reference: string;
  boardName: string;
}

/** The coach's reminder: no coaching session for 28 days (R12). */
export function noSessionMail(facts: ProgrammeFacts, quietSince: string, link: string): { title: string; body: string } {
  return {
    title: `Al 28 dagen geen begeleiding: ${facts.candidateName} (${facts.reference})`,
    body: [
      'Beste coach,',
      '',
      `Voor het traject van ${facts.candidateName} (${facts.reference}) bij ${facts.boardName} is sinds ${formatDutchDate(quietSince)} ` +
        'geen begeleidingssessie vastgelegd: dat is 28 dagen.',
      '',
      'Plan een sessie in of leg een gehouden sessie vast in het traject:',
      link,
      ...SIGNATURE,
    ].join('\n'),
  };
}

export interface BehindFacts extends ProgrammeFacts {
  studyYear: number;
  loggedHours: number;
  dueHours: number;
  coachName: string | null;
}

/** Staff's reminder: coaching behind the pro-rata norm by more than 25% (R12, SPEC §5). */
export function behindNormMail(facts: BehindFacts, link: string): { title: string; body: string } {
  return {
    title: `Begeleiding loopt achter op de norm: ${facts.candidateName} (${facts.reference})`,
    body: [
      'Beste collega,',
      '',
      `Het traject van ${facts.candidateName} (${facts.reference}) bij ${facts.boardName} loopt in studiejaar ${facts.studyYear} ` +
        `meer dan 25% achter op de begeleidingsnorm: ${hours.format(facts.loggedHours)} uur vastgelegd, ` +
        `${hours.format(facts.dueHours)} uur naar rato verwacht tot vandaag.`,
      facts.coachName ? `Coach: ${facts.coachName}.` : 'Het traject heeft op dit moment geen coach.',
      '',
      'Bespreek met de coach wat nodig is. Bekijk het traject:',
      link,
      ...SIGNATURE,
    ].join('\n'),
  };
}
