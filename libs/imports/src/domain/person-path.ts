import { STAGE_COMMANDS, type Stage } from '@app/candidates';
import type { CalendarDate } from '@app/shared';
import type { ProblemList } from './import-problems';
import type { CandidateHistory } from './import-plan';
import type { ParsedRow } from './parse-sheets';
import { CANDIDATES_SHEET, columnOf, DROPOUT_REASON_CHOICES } from './workbook-format';

/** The stage dates of the Kandidaten sheet in path order, with the stage each date reaches. */
const PATH_DATES: readonly { key: string; stage: Stage }[] = [
  { key: 'appliedOn', stage: 'applied' },
  { key: 'screeningOn', stage: 'screening' },
  { key: 'interviewScheduledOn', stage: 'interview_scheduled' },
  { key: 'interviewPassedOn', stage: 'interview_passed' },
  { key: 'assessmentStartedOn', stage: 'in_assessment' },
  { key: 'assessmentPassedOn', stage: 'assessment_passed' },
];

/** How the person's last programme ended, for the stage path's last step. */
export interface PathEnd {
  firstStart: CalendarDate | null;
  firstRoute: { code: string; assessmentRequired: boolean } | null;
  last: { status: string; endedOn: CalendarDate | null; dropoutReason: string | null } | null;
}

const heading = (key: string) => columnOf(CANDIDATES_SHEET, key).heading;

/**
 * The stage history of §3 from the dates: applied, then every stage whose date is filled in, in
 * order and without gaps; the programme's start (R8: from assessment_passed, or interview_passed on
 * a route without assessment); the last programme's outcome; or the closing before a programme.
 * Null (with the problems listed) when the dates do not make a valid path.
 */
export function stagePath(row: ParsedRow, end: PathEnd, problems: ProblemList, today: CalendarDate): CandidateHistory['steps'] | null {
  const sheet = CANDIDATES_SHEET.name;
  const steps: CandidateHistory['steps'] = [];
  let stage: Stage | null = null;
  let lastOn: CalendarDate | null = null;
  let valid = true;
  const step = (to: Stage, on: CalendarDate, reason: string | null, column: string) => {
    if (lastOn !== null && on < lastOn) {
      problems.error(sheet, row.row, column, `${column} (${on}) ligt vóór de vorige fase (${lastOn}): de fasen volgen elkaar op.`, 'R4');
      valid = false;
    }
    if (on > today) {
      problems.error(sheet, row.row, column, `${column} (${on}) ligt in de toekomst (vandaag is ${today}).`);
      valid = false;
    }
    steps.push({ from: stage, to, on, reason });
    stage = to;
    lastOn = on;
  };
  let gap: string | null = null;
  for (const { key, stage: to } of PATH_DATES) {
    const on = row.values[key] as CalendarDate | null;
    if (on === null) {
      gap ??= heading(key);
      continue;
    }
    if (gap !== null) {
      problems.error(sheet, row.row, gap, `${gap} ontbreekt, maar ${heading(key)} is ingevuld: vul de datum van elke eerdere fase in.`, 'R4');
      return null;
    }
    step(to, on, null, heading(key));
  }
  const closing = row.values.closing as 'rejected' | 'withdrawn' | null;
  const closedOn = row.values.closedOn as CalendarDate | null;
  if (closing !== null || closedOn !== null) {
    if (end.firstStart !== null) {
      problems.error(
        sheet,
        row.row,
        heading('closing'),
        'Afgesloten als kan alleen vóór een traject: deze persoon heeft een traject in het blad Trajecten.',
        'R4',
      );
      return null;
    }
    if (closing === null || closedOn === null) {
      problems.error(sheet, row.row, heading(closing === null ? 'closing' : 'closedOn'), 'Vul Afgesloten als en Afgesloten op samen in.');
      return null;
    }
    const reason = (row.values.closingReason as string | null) ?? null;
    if (closing === 'rejected' && reason === null) {
      problems.error(sheet, row.row, heading('closingReason'), 'Reden afsluiting is verplicht bij een afwijzing.', 'R4');
      return null;
    }
    step(closing, closedOn, reason, heading('closedOn'));
    return valid ? steps : null;
  }
  if (end.firstStart === null || end.firstRoute === null) return valid ? steps : null;
  const command =
    stage === 'assessment_passed'
      ? 'start_programme'
      : stage === 'interview_passed' && !end.firstRoute.assessmentRequired
        ? 'start_programme_without_assessment'
        : null;
  if (command === null) {
    const message = end.firstRoute.assessmentRequired
      ? `R8: een traject op route ${end.firstRoute.code} start pas na een positief geschiktheidsonderzoek: vul Geschiktheidsverklaring op in.`
      : `R8: een traject start pas na een positief selectiegesprek: vul Gesprek positief op in.`;
    problems.error(sheet, row.row, heading(end.firstRoute.assessmentRequired ? 'assessmentPassedOn' : 'interviewPassedOn'), message, 'R8');
    return null;
  }
  step(STAGE_COMMANDS[command].to, end.firstStart, null, 'Startdatum traject');
  const last = end.last;
  if (last && last.status !== 'running' && last.status !== 'route_switched' && last.endedOn !== null) {
    const reason =
      last.status === 'dropped_out'
        ? (DROPOUT_REASON_CHOICES.find((choice) => choice.code === last.dropoutReason)?.label ?? null)
        : last.status === 'term_expired'
          ? 'De termijn van het traject is verlopen zonder bevoegdheid.'
          : null;
    step(last.status as Stage, last.endedOn, reason, 'Datum uitkomst traject');
  }
  return valid ? steps : null;
}
