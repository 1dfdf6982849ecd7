import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { SchoolYear, calendarDate, isCentralDesk, NotFoundError, type Actor } from '@app/shared';
import { CandidateHistoryService, type ExportedCandidate } from '@app/candidates';
import { CoachingHistoryService } from '@app/coaching';
import { OrganisationReader } from '@app/organisations';
import { PlacementHistoryService } from '@app/placements';
import { ProgrammeHistoryService } from '@app/programmes';
import { SurveyHistoryService } from '@app/surveys';
import { CANDIDATES_SHEET, PROGRAMMES_SHEET, SESSIONS_SHEET, SURVEYS_SHEET, choiceLabel, columnOf, type SheetDefinition } from '../domain/workbook-format';
import { writeWorkbook, type OutputCell, type OutputRows } from './workbook-writer';

/** The filters of the reports (§5): school year (of application or cohort), region, board (of a placement), route. */
export interface ExportFilter {
  schoolYear: string | null;
  region: string | null;
  boardId: string | null;
  route: string | null;
}

const label = (sheet: SheetDefinition, key: string, code: string | null) => (code === null ? null : choiceLabel(columnOf(sheet, key), code));
const STAGE_DATES = ['screening', 'interview_scheduled', 'interview_passed', 'in_assessment', 'assessment_passed'] as const;

/**
 * Issue 15, item 5: the export in the import's own format, so an export read into an empty
 * installation gives the same records. Erased people are left out (their personal data is gone).
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly candidates: CandidateHistoryService,
    private readonly placements: PlacementHistoryService,
    private readonly programmes: ProgrammeHistoryService,
    private readonly coaching: CoachingHistoryService,
    private readonly surveys: SurveyHistoryService,
    private readonly organisations: OrganisationReader,
  ) {}

  async export(actor: Actor, filter: ExportFilter, output: Writable): Promise<void> {
    if (!isCentralDesk(actor)) throw new NotFoundError('export');
    await writeWorkbook(output, await this.rows(filter));
  }

  async rows(filter: ExportFilter): Promise<OutputRows> {
    const boards = await this.organisations.listBoards();
    const schoolNames = new Map<string, string>();
    for (const board of boards) for (const school of await this.organisations.listSchools(board.id)) schoolNames.set(school.id, school.name);
    const boardNames = new Map(boards.map((board) => [board.id, board.name]));
    let people = await this.candidates.exportRows({ region: filter.region, route: filter.route, candidateIds: null });
    const ids = people.map((person) => person.id);
    const placements = await this.placements.exportRows(ids);
    const programmes = await this.programmes.exportRows(ids);
    people = people.filter((person) => {
      const own = programmes.filter((programme) => programme.candidateId === person.id);
      const cohort = own[0] ? SchoolYear.of(calendarDate(own[0].startDate)).label : null;
      const applied = SchoolYear.of(calendarDate(person.appliedOn)).label;
      const inYear = filter.schoolYear === null || filter.schoolYear === applied || filter.schoolYear === cohort;
      const atBoard = filter.boardId === null || placements.some((placement) => placement.candidateId === person.id && placement.boardId === filter.boardId);
      return inYear && atBoard;
    });
    const references = new Map(people.map((person) => [person.id, person.reference]));
    // Rows follow the people's order (applied, reference), so two installations export the same file.
    const position = new Map(people.map((person, index) => [person.id, index]));
    const byPerson = <T extends { candidateId: string }>(rows: T[]) =>
      rows.filter((row) => position.has(row.candidateId)).sort((a, b) => (position.get(a.candidateId) as number) - (position.get(b.candidateId) as number));
    const kept = byPerson(programmes);
    const programmeOwners = new Map(kept.map((programme) => [programme.id, programme.candidateId]));
    const sessions = byPerson(
      (await this.coaching.exportRows(kept.map((programme) => programme.id))).map((session) => ({
        ...session,
        candidateId: programmeOwners.get(session.programmeId) as string,
      })),
    );
    const answers = byPerson(await this.surveys.exportRows(people.map((person) => person.id)));
    const regionOf = new Map(boards.map((board) => [board.id, board.region as string]));
    const capacity = (await this.placements.capacityRows())
      .filter((row) => filter.boardId === null || row.boardId === filter.boardId)
      .filter((row) => filter.region === null || regionOf.get(row.boardId) === filter.region)
      .filter((row) => filter.schoolYear === null || row.schoolYear === filter.schoolYear)
      .sort((a, b) => (boardNames.get(a.boardId) ?? '').localeCompare(boardNames.get(b.boardId) ?? '') || a.schoolYear.localeCompare(b.schoolYear));
    return {
      candidates: people.map(candidateRow),
      capacity: capacity.map((row): OutputCell[] => [boardNames.get(row.boardId) ?? row.boardId, row.schoolYear, row.places]),
      placements: byPerson(placements).map((placement): OutputCell[] => [
        references.get(placement.candidateId) as string,
        boardNames.get(placement.boardId) ?? placement.boardId,
        schoolNames.get(placement.schoolId) ?? placement.schoolId,
        placement.startDate,
        placement.fte,
        placement.supernumerary ? 'ja' : 'nee',
        placement.endedOn,
        placement.endReason,
      ]),
      programmes: kept.map((programme): OutputCell[] => [
        references.get(programme.candidateId) as string,
        programme.route,
        programme.startDate,
        programme.conductCertificateDate,
        label(PROGRAMMES_SHEET, 'outcome', programme.status),
        programme.endedOn,
        label(PROGRAMMES_SHEET, 'dropoutReason', programme.dropoutReason),
        programme.extensionMonths > 0 ? programme.extensionMonths : null,
        programme.extensionReason,
        programme.subsidyAppliedOn,
        programme.subsidyAmount,
        label(PROGRAMMES_SHEET, 'subsidyDecision', programme.subsidyDecision),
        programme.subsidyDecidedOn,
        programme.subsidyAppliedOn === null ? null : programme.subsidySpent,
      ]),
      sessions: sessions.map((session): OutputCell[] => [
        references.get(session.candidateId) as string,
        session.date,
        session.minutes,
        label(SESSIONS_SHEET, 'kind', session.kind),
        session.note === '' ? null : session.note,
      ]),
      surveys: answers.map((answer): OutputCell[] => [
        references.get(answer.candidateId) as string,
        label(SURVEYS_SHEET, 'occasion', answer.occasion),
        answer.answeredOn,
        answer.score,
        answer.comment,
      ]),
    };
  }
}

function candidateRow(person: ExportedCandidate): OutputCell[] {
  const closed = person.stage === 'rejected' || person.stage === 'withdrawn';
  return [
    person.reference,
    person.firstName,
    person.lastName,
    person.email,
    person.phone === '' ? null : person.phone,
    label(CANDIDATES_SHEET, 'degreeLevel', person.degreeLevel),
    person.degreeField === '' ? null : person.degreeField,
    label(CANDIDATES_SHEET, 'region', person.region),
    person.route,
    person.appliedOn,
    ...STAGE_DATES.map((stage) => person.stageDays[stage] ?? null),
    closed ? label(CANDIDATES_SHEET, 'closing', person.stage) : null,
    closed ? (person.stageDays[person.stage] ?? null) : null,
    closed ? person.closingReason : null,
  ];
}
