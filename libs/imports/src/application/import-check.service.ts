import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Clock, today } from '@app/shared';
import { CandidateHistoryService } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { PlacementHistoryService } from '@app/placements';
import { RouteReader } from '@app/routes';
import { buildPlan } from '../domain/build-plan';
import type { ImportContext } from '../domain/import-context';
import type { ImportPlan } from '../domain/import-plan';
import { ProblemList } from '../domain/import-problems';
import { parseWorkbook, type ParsedWorkbook } from '../domain/parse-sheets';
import { ImportsRepository } from '../persistence/imports.repository';
import { readCsv, readXlsx, type WorkbookKind } from './workbook-file';

export interface ParsedFile {
  workbook: ParsedWorkbook;
  problems: ProblemList;
}

export interface DryRun {
  plan: ImportPlan;
  problems: ProblemList;
}

const fingerprint = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The dry run: reads the file, parses every sheet and checks every row against the rules and the
 * installation as it is now. The commit runs it again inside its unit of work, so what it writes
 * is checked against the state it writes into.
 */
@Injectable()
export class ImportCheckService {
  constructor(
    private readonly candidates: CandidateHistoryService,
    private readonly organisations: OrganisationReader,
    private readonly placements: PlacementHistoryService,
    private readonly routes: RouteReader,
    private readonly imports: ImportsRepository,
    private readonly clock: Clock,
  ) {}

  async check(path: string, fileName: string, kind: WorkbookKind): Promise<DryRun> {
    return this.plan(await this.read(path, fileName, kind));
  }

  /** Reads and parses the file: no database, so a commit does it before its transaction opens (which would idle meanwhile). */
  async read(path: string, fileName: string, kind: WorkbookKind): Promise<ParsedFile> {
    const sheets = kind === 'xlsx' ? await readXlsx(path) : await readCsv(path, fileName);
    const problems = new ProblemList();
    const workbook = parseWorkbook(sheets, problems);
    if (Object.values(workbook).every((rows) => rows.length === 0) && problems.errorCount === 0) {
      problems.error('Bestand', null, null, 'Het bestand bevat geen rijen om in te lezen: vul de bladen van het sjabloon.');
    }
    return { workbook, problems };
  }

  /** Checks the parsed rows against the rules and the installation as it is now. */
  async plan({ workbook, problems }: ParsedFile): Promise<DryRun> {
    const plan = buildPlan(workbook, await this.context(workbook), problems, fingerprint);
    return { plan, problems };
  }

  private async context(workbook: ParsedWorkbook): Promise<ImportContext> {
    const references = [...new Set(workbook.candidates.map((row) => String(row.values.reference)))];
    const emails = [...new Set(workbook.candidates.map((row) => String(row.values.email).toLowerCase()))];
    const [routes, boards, capacity, existing, imported, open] = await Promise.all([
      this.routes.list(),
      this.organisations.listBoards(),
      this.placements.capacityRows(),
      this.candidates.byReferences(references),
      this.imports.people(references),
      this.candidates.openDossiers(emails),
    ]);
    const schools = await Promise.all(boards.map((board) => this.organisations.listSchools(board.id)));
    const fingerprints = new Map(imported.map((person) => [person.reference, person.fingerprints]));
    return {
      today: today(this.clock.now()),
      routes: new Map(
        routes.map((route) => [
          route.code,
          { code: route.code, durationMonths: route.durationMonths, assessmentRequired: route.assessmentRequired, degreeLevels: route.degreeLevels },
        ]),
      ),
      boards: boards.map((board, index) => ({
        id: board.id,
        name: board.name,
        schools: schools[index].map((school) => ({ id: school.id, name: school.name })),
      })),
      capacity: new Map(capacity.map((row) => [`${row.boardId}/${row.schoolYear}`, { places: row.places, used: row.used }])),
      people: new Map(existing.map((person) => [person.reference, { candidateId: person.id, fingerprints: fingerprints.get(person.reference) ?? null }])),
      openDossiers: new Map(open.map((dossier) => [dossier.email, dossier.reference])),
    };
  }
}
