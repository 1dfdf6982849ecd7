import { calendarDate, startOfDay, type CalendarDate } from '@app/shared';
import type { EndReminderKind } from '../domain/reminder.policy';

const SIGNATURE = ['', 'Met vriendelijke groet,', 'Flevowijs — zij-instroom primair onderwijs'];
const dutchDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar date as Dutch readers write it: 31 augustus 2027. */
function formatDutchDate(date: CalendarDate | string): string {
  return dutchDate.format(startOfDay(calendarDate(date)));
}

export interface EndReminderFacts {
  candidateName: string;
  reference: string;
  boardName: string;
  routeName: string;
  plannedEnd: string;
}

const TERM_LEFT: Record<EndReminderKind, string> = {
  end_in_6_months: 'over 6 maanden',
  end_in_3_months: 'over 3 maanden',
  end_in_1_month: 'over 1 maand',
};

/** The coach's and staff's reminder: the planned end comes near and there is no qualification yet. */
export function endReminderMail(kind: EndReminderKind, facts: EndReminderFacts, link: string): { title: string; body: string } {
  return {
    title: `Traject eindigt ${TERM_LEFT[kind]}: ${facts.candidateName} (${facts.reference})`,
    body: [
      'Beste collega,',
      '',
      `Het traject van ${facts.candidateName} (${facts.reference}) bij ${facts.boardName}, route ${facts.routeName}, ` +
        `eindigt volgens planning op ${formatDutchDate(facts.plannedEnd)}, ${TERM_LEFT[kind]}. Er is nog geen bevoegdheid vastgelegd.`,
      '',
      'Bespreek wat nodig is om het traject op tijd af te ronden, of leg een verlenging vast. Bekijk het traject:',
      link,
      ...SIGNATURE,
    ].join('\n'),
  };
}

/** Staff's escalation: the planned end passed without a qualification. */
export function pastEndMail(facts: EndReminderFacts, link: string): { title: string; body: string } {
  return {
    title: `Einddatum verstreken zonder bevoegdheid: ${facts.candidateName} (${facts.reference})`,
    body: [
      'Beste collega,',
      '',
      `De geplande einddatum van het traject van ${facts.candidateName} (${facts.reference}) bij ${facts.boardName}, route ${facts.routeName}, ` +
        `was ${formatDutchDate(facts.plannedEnd)}. Er is geen bevoegdheid vastgelegd.`,
      '',
      'Leg de uitkomst vast of controleer het traject:',
      link,
      ...SIGNATURE,
    ].join('\n'),
  };
}

export interface UitvalAlertFacts {
  cohort: string;
  rate: number;
  uitval: number;
  started: number;
  thresholdPercent: number;
}

const percent = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Staff's alert: a cohort's uitval rate reached the threshold. */
export function uitvalAlertMail(facts: UitvalAlertFacts, link: string): { title: string; body: string } {
  return {
    title: `Uitval cohort ${facts.cohort} bereikt ${percent.format(facts.thresholdPercent)}%`,
    body: [
      'Beste collega,',
      '',
      `De uitval van cohort ${facts.cohort} is ${percent.format(facts.rate)}% (${facts.uitval} van ${facts.started} gestarte deelnemers). ` +
        `Dat is de drempel van ${percent.format(facts.thresholdPercent)}% of meer; het convenant streeft naar minder dan 10%.`,
      '',
      'Je krijgt dit bericht één keer; opnieuw pas als de uitval eerst onder de drempel zakt en hem daarna weer bereikt.',
      '',
      'Bekijk de trajecten:',
      link,
      ...SIGNATURE,
    ].join('\n'),
  };
}
