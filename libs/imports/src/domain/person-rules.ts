import { DomainError, type CalendarDate } from '@app/shared';
import { checkOutcomeDate, checkSubsidy, checkSwitch, conductCertificateProblem, plannedEndOf } from '@app/programmes';
import { FTE, isValidFte } from '@app/placements';
import type { Hash, ImportContext, boardLookup } from './import-context';
import { closestName } from './closest-name';
import type { Fingerprints, PersonPlan, PlacementHistory, ProgrammeHistory } from './import-plan';
import type { ProblemList } from './import-problems';
import type { ParsedRow } from './parse-sheets';
import { stagePath } from './person-path';
import { checkSessions, checkSurveys } from './activity-rules';
import { compareWithEarlier } from './earlier-import';
import { day, text, type PersonRows } from './row-values';
import { CANDIDATES_SHEET, PLACEMENTS_SHEET, PROGRAMMES_SHEET, SESSIONS_SHEET, SURVEYS_SHEET, columnOf, type SheetDefinition } from './workbook-format';

type FindBoard = ReturnType<typeof boardLookup>;
const CONTACT_KEYS = ['firstName', 'lastName', 'email', 'phone', 'degreeLevel', 'degreeField', 'region'];

const byDate = (key: string) => (a: ParsedRow, b: ParsedRow) => String(a.values[key]).localeCompare(String(b.values[key])) || a.row - b.row;

/** The values of a row without its row number, in the sheet's column order: what a fingerprint is taken of. */
function canonical(sheet: SheetDefinition, row: ParsedRow, keys?: string[]): string {
  return JSON.stringify((keys ?? sheet.columns.map((column) => column.key)).map((key) => row.values[key] ?? null));
}

/** A domain policy's refusal as a problem on the row, under the column it names. */
function refusal(problems: ProblemList, sheet: SheetDefinition, row: number, error: unknown, columns: Record<string, string>, rule: string): void {
  if (!(error instanceof DomainError)) throw error;
  const field = error.fields[0]?.field;
  const column = field !== undefined ? (columns[field] ?? null) : null;
  problems.error(sheet.name, row, column === null ? null : columnOf(sheet, column).heading, `${rule}: ${error.message}`, rule);
}

/**
 * Every rule of the API applied to one person's history (R1 routes, R4 path, R7 placement, R8
 * programme, R10 sessions, the survey's score), and how the rows compare with what an earlier
 * import wrote. Null when the person has an error (listed in `problems`).
 */
export function checkPerson(rows: PersonRows, context: ImportContext, problems: ProblemList, hash: Hash, findBoard: FindBoard): PersonPlan | null {
  const before = problems.errorCount;
  const row = rows.candidate;
  const reference = String(row.values.reference);
  const route = context.routes.get(String(row.values.route));
  if (!route) unknownRoute(problems, CANDIDATES_SHEET, row, context);
  const placements = checkPlacements(rows.placements, context, problems, findBoard);
  const programmes = checkProgrammes(rows.programmes, placements, context, problems);
  const sorted = [...rows.programmes].sort(byDate('startDate'));
  const first = programmes[0];
  const last = programmes[programmes.length - 1];
  const steps = stagePath(
    row,
    {
      firstStart: first?.startDate ?? null,
      firstRoute: first ? { code: first.route, assessmentRequired: context.routes.get(first.route)?.assessmentRequired ?? true } : null,
      last: last ? { status: last.status, endedOn: last.endedOn, dropoutReason: last.dropoutReason } : null,
    },
    problems,
    context.today,
  );
  const firstPlacement = [...placements].sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  const reached = steps?.find((step) => step.to === 'interview_passed')?.on;
  if (firstPlacement && steps && (reached === undefined || firstPlacement.startDate < reached)) {
    problems.error(
      PLACEMENTS_SHEET.name,
      rows.placements[0].row,
      'Startdatum',
      'R7: een plaatsing kan pas vanaf een positief selectiegesprek (Gesprek positief op).',
      'R7',
    );
  }
  const sessions = checkSessions(rows.sessions, programmes, context, problems);
  const surveys = checkSurveys(rows.surveys, programmes, problems);
  if (problems.errorCount > before || !steps || !route) return null;
  const fingerprints: Fingerprints = {
    contact: hash(canonical(CANDIDATES_SHEET, row, CONTACT_KEYS)),
    path: hash(canonical(CANDIDATES_SHEET, row, ['reference', 'route', ...CANDIDATES_SHEET.columns.slice(9).map((column) => column.key)])),
    placements: rows.placements.map((placement) => hash(canonical(PLACEMENTS_SHEET, placement))).sort(),
    programmes: sorted.map((programme) => hash(canonical(PROGRAMMES_SHEET, programme))),
    sessions: rows.sessions.map((session) => hash(canonical(SESSIONS_SHEET, session))),
    surveys: rows.surveys.map((survey) => hash(canonical(SURVEYS_SHEET, survey))),
  };
  const candidate = {
    reference,
    firstName: String(row.values.firstName),
    lastName: String(row.values.lastName),
    email: String(row.values.email),
    phone: text(row, 'phone') ?? '',
    degreeLevel: String(row.values.degreeLevel),
    degreeField: text(row, 'degreeField') ?? '',
    region: String(row.values.region),
    route: String(row.values.route),
    steps,
    stage: steps[steps.length - 1].to,
  };
  const plan: PersonPlan = {
    reference,
    action: 'create',
    candidateId: null,
    candidate,
    updateContact: false,
    placements,
    programmes,
    sessions,
    surveys,
    fingerprints,
    changes: [],
  };
  return compareWithEarlier(plan, rows, context, problems);
}

function unknownRoute(problems: ProblemList, sheet: SheetDefinition, row: ParsedRow, context: ImportContext): void {
  const codes = [...context.routes.keys()];
  const closest = closestName(String(row.values.route), codes);
  problems.error(
    sheet.name,
    row.row,
    'Route',
    `Route "${String(row.values.route)}" is onbekend${closest ? `: bedoelt u ${closest}?` : `; kies uit ${codes.join(', ')}.`}`,
    'R1',
  );
}

function checkPlacements(rows: ParsedRow[], context: ImportContext, problems: ProblemList, findBoard: FindBoard): PlacementHistory[] {
  const sheet = PLACEMENTS_SHEET;
  const placements: PlacementHistory[] = [];
  let open = 0;
  for (const row of [...rows].sort(byDate('startDate'))) {
    const board = findBoard(sheet.name, row.row, 'Schoolbestuur', String(row.values.board), problems);
    if (!board) continue;
    const schoolName = String(row.values.school);
    const school = board.schools.find((candidate) => candidate.name.toLowerCase() === schoolName.toLowerCase());
    if (!school) {
      const closest = closestName(
        schoolName,
        board.schools.map((candidate) => candidate.name),
      );
      problems.error(sheet.name, row.row, 'School', `School "${schoolName}" is onbekend bij ${board.name}.${closest ? ` Bedoelt u "${closest}"?` : ''}`);
      continue;
    }
    const fte = Number(row.values.fte);
    if (!isValidFte(fte)) problems.error(sheet.name, row.row, 'FTE', `R7: FTE moet tussen ${FTE.minimum} en ${FTE.maximum} liggen, in stappen van 0,1.`, 'R7');
    const startDate = day(row, 'startDate') as CalendarDate;
    const endedOn = day(row, 'endedOn');
    const endReason = text(row, 'endReason');
    // A placement may start later, as the API allows (R7: it is agreed before it starts), so an
    // export that holds a planned placement imports back; only its end cannot lie ahead.
    if (endedOn !== null && endedOn < startDate) problems.error(sheet.name, row.row, 'Einddatum', 'Einddatum kan niet vóór de startdatum liggen.');
    if (endedOn !== null && endedOn > context.today)
      problems.error(sheet.name, row.row, 'Einddatum', `Einddatum kan niet in de toekomst liggen (vandaag is ${context.today}).`);
    if ((endedOn === null) !== (endReason === null)) problems.error(sheet.name, row.row, 'Reden einde', 'Vul Einddatum en Reden einde samen in.');
    if (endedOn === null && ++open > 1)
      problems.error(sheet.name, row.row, 'Einddatum', 'R7: een persoon heeft hoogstens één lopende plaatsing; vul de einddatum van de eerdere in.', 'R7');
    placements.push({ boardId: board.id, schoolId: school.id, startDate, fte, supernumerary: row.values.supernumerary === true, endedOn, endReason });
  }
  return placements;
}

const PROGRAMME_FIELDS = {
  qualifiedOn: 'outcomeOn',
  droppedOutOn: 'outcomeOn',
  startDate: 'startDate',
  route: 'route',
  appliedOn: 'subsidyAppliedOn',
  decidedOn: 'subsidyDecidedOn',
  decision: 'subsidyDecision',
  amountSpent: 'subsidySpent',
};

function checkProgrammes(rows: ParsedRow[], placements: PlacementHistory[], context: ImportContext, problems: ProblemList): ProgrammeHistory[] {
  const sheet = PROGRAMMES_SHEET;
  const programmes: ProgrammeHistory[] = [];
  const sorted = [...rows].sort(byDate('startDate'));
  let subsidies = 0;
  sorted.forEach((row, index) => {
    const route = context.routes.get(String(row.values.route));
    if (!route) return unknownRoute(problems, sheet, row, context);
    const startDate = day(row, 'startDate') as CalendarDate;
    const status = String(row.values.outcome);
    const endedOn = day(row, 'outcomeOn');
    const extensionMonths = (row.values.extensionMonths as number | null) ?? 0;
    const extensionReason = text(row, 'extensionReason');
    const plannedEnd = plannedEndOf(startDate, route.durationMonths, extensionMonths);
    const isLast = index === sorted.length - 1;
    const placementIndex = placements.findIndex(
      (placement) => placement.startDate <= startDate && (placement.endedOn === null || placement.endedOn >= startDate),
    );
    if (placementIndex < 0)
      problems.error(
        sheet.name,
        row.row,
        'Startdatum',
        `R8: geen plaatsing op de startdatum ${startDate}: een traject loopt in een plaatsing (blad Plaatsingen).`,
        'R8',
      );
    if (startDate > context.today) problems.error(sheet.name, row.row, 'Startdatum', `Startdatum ligt in de toekomst (vandaag is ${context.today}).`);
    const conductCertificateDate = day(row, 'conductCertificateDate');
    const vog = conductCertificateProblem(startDate, conductCertificateDate);
    if (vog !== null && conductCertificateDate !== null && index === 0) problems.error(sheet.name, row.row, 'Datum VOG', `R8: het traject vraagt ${vog}`, 'R8');
    else if (vog !== null && index === 0)
      problems.warning(sheet.name, row.row, 'Datum VOG', 'R8: geen datum VOG; het traject wordt ingelezen en vraagt aandacht in de lijst.', 'R8');
    if (extensionMonths < 0 || extensionMonths > 24)
      problems.error(sheet.name, row.row, 'Verlenging (maanden)', 'R8: Verlenging is 0 tot en met 24 maanden.', 'R8');
    if (extensionMonths > 0 && extensionReason === null) problems.error(sheet.name, row.row, 'Reden verlenging', 'R8: een verlenging heeft een reden.', 'R8');
    if (status === 'running') {
      if (endedOn !== null) problems.error(sheet.name, row.row, 'Datum uitkomst', 'Een lopend traject heeft geen datum uitkomst.');
    } else if (endedOn === null) {
      problems.error(sheet.name, row.row, 'Datum uitkomst', 'Datum uitkomst is verplicht bij een afgerond traject.');
    } else if (status === 'term_expired' && endedOn !== plannedEnd) {
      problems.error(sheet.name, row.row, 'Datum uitkomst', `R8: termijn verlopen is gedateerd op de laatste dag van de termijn (${plannedEnd}).`, 'R8');
    } else if (status !== 'route_switched') {
      try {
        checkOutcomeDate(status === 'qualified' ? 'qualifiedOn' : 'droppedOutOn', 'Datum uitkomst', endedOn, { startDate, plannedEnd, today: context.today });
      } catch (error) {
        refusal(problems, sheet, row.row, error, PROGRAMME_FIELDS, 'R8');
      }
    }
    if ((status === 'dropped_out') !== (row.values.dropoutReason !== null))
      problems.error(sheet.name, row.row, 'Reden uitval', 'R8: Reden uitval hoort bij (en alleen bij) uitval.', 'R8');
    if ((status === 'route_switched') === isLast) {
      problems.error(
        sheet.name,
        row.row,
        'Uitkomst',
        isLast ? 'R8: na "Route gewisseld" volgt een traject op de nieuwe route.' : 'R8: alleen een routewissel wordt gevolgd door een volgend traject.',
        'R8',
      );
    } else if (status === 'route_switched') {
      const next = sorted[index + 1];
      try {
        const lastDay = checkSwitch(
          { route: route.code, startDate, plannedEnd },
          { route: String(next.values.route), startDate: day(next, 'startDate') as CalendarDate },
        );
        if (endedOn !== lastDay)
          problems.error(
            sheet.name,
            row.row,
            'Datum uitkomst',
            `R8: bij een routewissel eindigt het traject de dag vóór het volgende start (${lastDay}).`,
            'R8',
          );
      } catch (error) {
        refusal(problems, sheet, next.row, error, PROGRAMME_FIELDS, 'R8');
      }
    }
    const subsidy = checkProgrammeSubsidy(row, context, problems);
    if (subsidy && ++subsidies > 1)
      problems.error(sheet.name, row.row, 'Subsidie aangevraagd op', 'De subsidie zij-instroom wordt één keer per persoon aangevraagd.');
    programmes.push({
      route: route.code,
      durationMonths: route.durationMonths,
      startDate,
      conductCertificateDate,
      status,
      endedOn,
      dropoutReason: text(row, 'dropoutReason'),
      extensionMonths,
      extensionReason,
      placementIndex,
      subsidy,
    });
  });
  return programmes;
}

function checkProgrammeSubsidy(row: ParsedRow, context: ImportContext, problems: ProblemList): ProgrammeHistory['subsidy'] {
  const appliedOn = day(row, 'subsidyAppliedOn');
  const amount = row.values.subsidyAmount as number | null;
  const filled = ['subsidyDecision', 'subsidyDecidedOn', 'subsidySpent'].some((key) => row.values[key] !== null);
  if (appliedOn === null && amount === null && !filled) return null;
  if (appliedOn === null || amount === null) {
    problems.error(
      PROGRAMMES_SHEET.name,
      row.row,
      appliedOn === null ? 'Subsidie aangevraagd op' : 'Subsidiebedrag',
      'Vul bij een subsidie de aanvraagdatum en het bedrag in.',
    );
    return null;
  }
  if (amount <= 0 || amount > 25_000) {
    problems.error(PROGRAMMES_SHEET.name, row.row, 'Subsidiebedrag', 'Subsidiebedrag ligt tussen 0 en 25.000 euro.');
    return null;
  }
  const subsidy = {
    appliedOn,
    amount,
    decision: text(row, 'subsidyDecision'),
    decidedOn: day(row, 'subsidyDecidedOn'),
    amountSpent: (row.values.subsidySpent as number | null) ?? 0,
  };
  try {
    checkSubsidy({ ...subsidy, decision: subsidy.decision as 'granted' | 'refused' | null }, context.today);
  } catch (error) {
    refusal(problems, PROGRAMMES_SHEET, row.row, error, PROGRAMME_FIELDS, 'R8');
    return null;
  }
  return subsidy;
}
