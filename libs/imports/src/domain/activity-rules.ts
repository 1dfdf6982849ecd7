import { addMonths, type CalendarDate } from '@app/shared';
import { plannedEndOf } from '@app/programmes';
import { SESSION_MINUTES, checkSessionDate } from '@app/coaching';
import { HIGHEST_SCORE, LOWEST_SCORE } from '@app/surveys';
import type { ImportContext } from './import-context';
import type { ProgrammeHistory, SessionHistory, SurveyHistory } from './import-plan';
import type { ProblemList } from './import-problems';
import type { ParsedRow } from './parse-sheets';
import { day, text } from './row-values';
import { SESSIONS_SHEET, SURVEYS_SHEET } from './workbook-format';

/** The last day a session may lie on in a programme: its end, or its planned end while it runs. */
function lastDayOf(programme: ProgrammeHistory): CalendarDate {
  return programme.endedOn ?? plannedEndOf(programme.startDate, programme.durationMonths, programme.extensionMonths);
}

export function checkSessions(rows: ParsedRow[], programmes: ProgrammeHistory[], context: ImportContext, problems: ProblemList): SessionHistory[] {
  const sessions: SessionHistory[] = [];
  for (const row of rows) {
    const date = day(row, 'date') as CalendarDate;
    const minutes = Number(row.values.minutes);
    if (minutes < SESSION_MINUTES.minimum || minutes > SESSION_MINUTES.maximum) {
      problems.error(SESSIONS_SHEET.name, row.row, 'Minuten', `R10: Minuten ligt tussen ${SESSION_MINUTES.minimum} en ${SESSION_MINUTES.maximum}.`, 'R10');
      continue;
    }
    const programmeIndex = programmes.findIndex((programme) => programme.startDate <= date && date <= lastDayOf(programme));
    const programme = programmes[programmeIndex] ?? programmes.filter((candidate) => candidate.startDate <= date).pop() ?? programmes[0];
    if (!programme) {
      problems.error(
        SESSIONS_SHEET.name,
        row.row,
        'Datum',
        'R10: begeleiding hoort bij een traject; deze persoon heeft geen traject in het blad Trajecten.',
        'R10',
      );
      continue;
    }
    const error = checkSessionDate(date, { today: context.today, startDate: programme.startDate, lastDay: lastDayOf(programme) });
    if (error) {
      problems.error(SESSIONS_SHEET.name, row.row, 'Datum', `R10: ${error.message}`, 'R10');
      continue;
    }
    sessions.push({ programmeIndex, date, minutes, kind: String(row.values.kind), note: text(row, 'note') ?? '' });
  }
  return sessions;
}

export function checkSurveys(rows: ParsedRow[], programmes: ProgrammeHistory[], problems: ProblemList): SurveyHistory[] {
  const surveys: SurveyHistory[] = [];
  for (const row of rows) {
    const score = Number(row.values.score);
    const answeredOn = day(row, 'answeredOn') as CalendarDate;
    const occasion = String(row.values.occasion);
    if (score < LOWEST_SCORE || score > HIGHEST_SCORE) {
      problems.error(SURVEYS_SHEET.name, row.row, 'Score', `Score ligt tussen ${LOWEST_SCORE} en ${HIGHEST_SCORE} (een heel getal).`, 'R12');
      continue;
    }
    const programmeIndex =
      occasion === 'qualification'
        ? programmes.findIndex((programme) => programme.status === 'qualified')
        : programmes.reduce((found, programme, index) => (programme.startDate <= answeredOn ? index : found), -1);
    if (programmeIndex < 0) {
      const message =
        occasion === 'qualification'
          ? 'R12: een enquête bij bevoegdheid hoort bij een traject met uitkomst Bevoegd.'
          : 'R12: de enquête is beantwoord vóór de start van een traject.';
      problems.error(SURVEYS_SHEET.name, row.row, occasion === 'qualification' ? 'Moment' : 'Beantwoord op', message, 'R12');
      continue;
    }
    if (surveys.some((survey) => survey.programmeIndex === programmeIndex && survey.occasion === occasion)) {
      problems.error(SURVEYS_SHEET.name, row.row, 'Moment', 'Per traject is er één enquête per moment.');
      continue;
    }
    if (answeredOn < programmes[programmeIndex].startDate || answeredOn > addMonths(lastDayOf(programmes[programmeIndex]), 12)) {
      problems.error(SURVEYS_SHEET.name, row.row, 'Beantwoord op', 'R12: de enquête is beantwoord tijdens het traject of kort erna.', 'R12');
      continue;
    }
    surveys.push({ programmeIndex, occasion, answeredOn, score, comment: text(row, 'comment') });
  }
  return surveys;
}
