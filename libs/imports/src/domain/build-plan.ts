import { SchoolYear, type CalendarDate } from '@app/shared';
import { countPlan, type CapacityPlan, type ImportPlan, type PersonPlan } from './import-plan';
import type { ProblemList } from './import-problems';
import type { ParsedRow, ParsedWorkbook } from './parse-sheets';
import { checkPerson } from './person-rules';
import type { PersonRows } from './row-values';
import { boardLookup, type Hash, type ImportContext } from './import-context';
import { CANDIDATES_SHEET, CAPACITY_SHEET, PLACEMENTS_SHEET, PROGRAMMES_SHEET, SESSIONS_SHEET, SURVEYS_SHEET } from './workbook-format';

function groupByReference(rows: ParsedRow[]): Map<string, ParsedRow[]> {
  const groups = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const reference = String(row.values.reference);
    groups.set(reference, [...(groups.get(reference) ?? []), row]);
  }
  return groups;
}

/**
 * The dry run's plan: every person of the Kandidaten sheet checked with their rows of the other
 * sheets, the capacity rows, and the places the new placements take. Rows of a reference that the
 * Kandidaten sheet lacks, and a reference twice in it, are errors.
 */
export function buildPlan(workbook: ParsedWorkbook, context: ImportContext, problems: ProblemList, hash: Hash): ImportPlan {
  const byReference = {
    placements: groupByReference(workbook.placements),
    programmes: groupByReference(workbook.programmes),
    sessions: groupByReference(workbook.sessions),
    surveys: groupByReference(workbook.surveys),
  };
  const seen = new Map<string, number>();
  const emails = new Map<string, string>();
  const people: PersonPlan[] = [];
  const findBoard = boardLookup(context);
  for (const row of workbook.candidates) {
    const reference = String(row.values.reference);
    const earlier = seen.get(reference);
    if (earlier !== undefined) {
      problems.error(CANDIDATES_SHEET.name, row.row, 'Referentie', `Referentie ${reference} staat twee keer in het blad Kandidaten (ook in rij ${earlier}).`);
      continue;
    }
    seen.set(reference, row.row);
    const rows: PersonRows = {
      candidate: row,
      placements: byReference.placements.get(reference) ?? [],
      programmes: byReference.programmes.get(reference) ?? [],
      sessions: byReference.sessions.get(reference) ?? [],
      surveys: byReference.surveys.get(reference) ?? [],
    };
    const plan = checkPerson(rows, context, problems, hash, findBoard);
    if (!plan) continue;
    if (!checkOpenEmail(plan, row, context, emails, problems)) continue;
    people.push(plan);
  }
  for (const [sheet, groups] of [
    [PLACEMENTS_SHEET.name, byReference.placements],
    [PROGRAMMES_SHEET.name, byReference.programmes],
    [SESSIONS_SHEET.name, byReference.sessions],
    [SURVEYS_SHEET.name, byReference.surveys],
  ] as const) {
    for (const [reference, rows] of groups) {
      if (!seen.has(reference)) problems.error(sheet, rows[0].row, 'Referentie', `Referentie ${reference} staat niet in het blad Kandidaten.`);
    }
  }
  const capacity = capacityPlan(workbook.capacity, context, problems, findBoard);
  checkPlaces(people, capacity, context, problems);
  const counts = countPlan(people, capacity);
  const rowsTotal = people.filter((person) => person.action !== 'unchanged').length + counts.sessions + counts.surveys + capacity.length;
  return { people, capacity, counts, rowsTotal };
}

/** R3: an open dossier per address; an address of another reference's open dossier is a conflict, not a second dossier. */
function checkOpenEmail(plan: PersonPlan, row: ParsedRow, context: ImportContext, emails: Map<string, string>, problems: ProblemList): boolean {
  const closed = ['qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired'].includes(plan.candidate.stage);
  if (closed) return true;
  const email = plan.candidate.email.toLowerCase();
  const inFile = emails.get(email);
  const inSystem = context.openDossiers.get(email);
  const other = inFile ?? (inSystem !== undefined && inSystem !== plan.reference ? inSystem : undefined);
  if (other !== undefined) {
    problems.error(
      CANDIDATES_SHEET.name,
      row.row,
      'E-mail',
      `R3: dit e-mailadres hoort al bij een open dossier (referentie ${other}). Eén open dossier per persoon: gebruik dezelfde referentie of sluit het andere dossier eerst.`,
      'R3',
    );
    return false;
  }
  emails.set(email, plan.reference);
  return true;
}

function capacityPlan(rows: ParsedRow[], context: ImportContext, problems: ProblemList, findBoard: ReturnType<typeof boardLookup>): CapacityPlan[] {
  const plans: CapacityPlan[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const board = findBoard(CAPACITY_SHEET.name, row.row, 'Schoolbestuur', String(row.values.board), problems);
    if (!board) continue;
    const schoolYear = String(row.values.schoolYear);
    const places = Number(row.values.places);
    const key = `${board.id}/${schoolYear}`;
    if (seen.has(key)) {
      problems.error(CAPACITY_SHEET.name, row.row, 'Schooljaar', `${board.name} staat voor ${schoolYear} twee keer in het blad Capaciteit.`);
      continue;
    }
    seen.add(key);
    if (places < 0) {
      problems.error(CAPACITY_SHEET.name, row.row, 'Plaatsen', 'Plaatsen kan niet negatief zijn.');
      continue;
    }
    const existing = context.capacity.get(key);
    const action = !existing ? 'create' : existing.places === places ? 'unchanged' : 'update';
    plans.push({ boardId: board.id, boardName: board.name, schoolYear, places, action });
  }
  return plans;
}

/**
 * R7 applied to history: the new supernumerary placements take places in the school year of their
 * start. Beyond the declared places in a past school year is history as it happened (a warning; the
 * year shows `over`); in the running or a later year it is refused, as the product refuses it; a
 * year without declared places cannot hold one.
 */
function checkPlaces(people: PersonPlan[], capacity: CapacityPlan[], context: ImportContext, problems: ProblemList): void {
  const taken = new Map<string, number>();
  for (const person of people) {
    for (const placement of person.placements) {
      if (!placement.supernumerary) continue;
      const key = `${placement.boardId}/${SchoolYear.of(placement.startDate).label}`;
      taken.set(key, (taken.get(key) ?? 0) + 1);
    }
  }
  const currentYear = SchoolYear.of(context.today);
  for (const [key, count] of taken) {
    const [boardId, schoolYear] = key.split('/');
    const boardName = context.boards.find((board) => board.id === boardId)?.name ?? boardId;
    const declared = capacity.find((plan) => plan.boardId === boardId && plan.schoolYear === schoolYear)?.places ?? context.capacity.get(key)?.places;
    const used = (context.capacity.get(key)?.used ?? 0) + count;
    if (declared === undefined) {
      problems.error(
        PLACEMENTS_SHEET.name,
        null,
        'Boven-formatief',
        `R7: ${boardName} heeft voor ${schoolYear} geen gedeclareerde plaatsen; voeg een rij toe in het blad Capaciteit.`,
        'R7',
      );
    } else if (used > declared) {
      const past = SchoolYear.of(`${schoolYear.slice(5)}-07-31` as CalendarDate).label < currentYear.label;
      const message = `R7: ${boardName} gebruikt in ${schoolYear} ${used} boven-formatieve plaatsen van ${declared} gedeclareerde`;
      if (past) problems.warning(PLACEMENTS_SHEET.name, null, 'Boven-formatief', `${message}; zo is het gegaan, het schooljaar staat daarna op "over".`, 'R7');
      else
        problems.error(
          PLACEMENTS_SHEET.name,
          null,
          'Boven-formatief',
          `${message}: meer plaatsen dan gedeclareerd kan alleen in een voorbij schooljaar.`,
          'R7',
        );
    }
  }
}
