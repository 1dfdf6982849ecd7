import { STAGE_LABELS } from '../domain/stage-labels';
import type { Stage } from '../domain/stage';

export interface WaitingLine {
  reference: string;
  name: string;
  stage: Stage;
  workingDays: number;
}

const dutchDay = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** Dutch text of the daily digest to the desk; `more` counts the applications beyond the listed ones. */
export function applicationsWaitingMail(lines: WaitingLine[], more: number, on: Date, link: string): { title: string; body: string } {
  const total = lines.length + more;
  return {
    title: total === 1 ? '1 aanmelding wacht langer dan 5 werkdagen' : `${total} aanmeldingen wachten langer dan 5 werkdagen`,
    body: [
      `Deze aanmeldingen wachten langer dan 5 werkdagen op een volgende stap (stand van ${dutchDay.format(on)}):`,
      '',
      ...lines.map((line) => `- ${line.reference} · ${line.name} · ${line.workingDays} werkdagen (${STAGE_LABELS[line.stage].toLowerCase()})`),
      ...(more > 0 ? [`- en nog ${more} meer`] : []),
      '',
      `Bekijk de kandidaten: ${link}`,
      '',
      'Weekenden en officiële feestdagen tellen niet als werkdag. Je krijgt dit overzicht één keer per werkdag, zolang er aanmeldingen wachten.',
    ].join('\n'),
  };
}
