import { addMonths, type CalendarDate, type FieldProblem } from '@app/shared';
import { ProgrammeInputRefusedError, RunningProgrammeExistsError, StartConditionsMissingError } from './programmes.errors';

/** A VOG is issued at most this many calendar months before the programme's start (SPEC §2). */
export const CONDUCT_CERTIFICATE_MONTHS = 6;

/** The stage command that starts a programme from the candidate's stage. */
export type StartCommand = 'start_programme' | 'start_programme_without_assessment';

export interface StartFacts {
  stage: string;
  assessmentRequired: boolean;
  hasActivePlacement: boolean;
  startDate: CalendarDate;
  conductCertificateDate: CalendarDate | null;
  today: CalendarDate;
}

/** The earliest VOG issue date accepted for a start: start − 6 calendar months (clamped to the month's end). */
export function earliestConductCertificate(startDate: CalendarDate): CalendarDate {
  return addMonths(startDate, -CONDUCT_CERTIFICATE_MONTHS);
}

/**
 * R8: a programme starts from `assessment_passed` (or, for a route without assessment, also from
 * `interview_passed`) with an active placement and a VOG issued at most 6 months before the start.
 * Every missing condition is named at once (409), so the desk sees all it must arrange. Returns
 * the stage command the start runs.
 */
export function checkStart(facts: StartFacts): StartCommand {
  if (facts.stage === 'in_programme') throw new RunningProgrammeExistsError();
  if (facts.conductCertificateDate !== null && facts.conductCertificateDate > facts.today) {
    throw new ProgrammeInputRefusedError(
      'conductCertificateDate',
      `Datum VOG kan niet in de toekomst liggen (vandaag is ${facts.today}): vul de datum in waarop de VOG is afgegeven.`,
    );
  }
  const missing: FieldProblem[] = [];
  const command = startCommand(facts);
  if (command === null) {
    missing.push({
      field: 'candidateId',
      message: facts.assessmentRequired
        ? `een positief geschiktheidsonderzoek: de kandidaat staat in fase ${facts.stage}, een traject op deze route start vanaf assessment_passed.`
        : `een positief selectiegesprek: de kandidaat staat in fase ${facts.stage}, een traject start vanaf interview_passed of assessment_passed.`,
    });
  }
  if (!facts.hasActivePlacement) missing.push({ field: 'candidateId', message: 'een lopende plaatsing bij een school.' });
  const vogProblem = conductCertificateProblem(facts.startDate, facts.conductCertificateDate);
  if (vogProblem) missing.push({ field: 'conductCertificateDate', message: vogProblem });
  if (missing.length > 0 || command === null) throw new StartConditionsMissingError(missing);
  return command;
}

function startCommand(facts: Pick<StartFacts, 'stage' | 'assessmentRequired'>): StartCommand | null {
  if (facts.stage === 'assessment_passed') return 'start_programme';
  if (facts.stage === 'interview_passed' && !facts.assessmentRequired) return 'start_programme_without_assessment';
  return null;
}

/** What is wrong with the VOG for a start on `startDate`, or null when it is in order. */
export function conductCertificateProblem(startDate: CalendarDate, issuedOn: CalendarDate | null): string | null {
  if (issuedOn === null) return 'een VOG: vul de datum VOG in (afgegeven hoogstens 6 maanden vóór de start).';
  if (issuedOn > startDate) return `een VOG van vóór de start: de VOG van ${issuedOn} is afgegeven na de startdatum ${startDate}.`;
  const earliest = earliestConductCertificate(startDate);
  if (issuedOn < earliest) {
    return `een recente VOG: de VOG van ${issuedOn} is ouder dan 6 maanden vóór de start op ${startDate} (afgegeven op of na ${earliest}).`;
  }
  return null;
}
