import type { CalendarDate } from '@app/shared';
import { closestName } from './closest-name';
import type { Fingerprints } from './import-plan';
import type { ProblemList } from './import-problems';

/** What the checks need to know of the installation, read before the plan is made. */
export interface ImportContext {
  today: CalendarDate;
  routes: Map<string, { code: string; durationMonths: number; assessmentRequired: boolean; degreeLevels: string[] }>;
  boards: { id: string; name: string; schools: { id: string; name: string }[] }[];
  /** Declared places and places in use per `${boardId}/${schoolYear}`. */
  capacity: Map<string, { places: number; used: number }>;
  /** Candidates that exist by reference; `fingerprints` when an import wrote them. */
  people: Map<string, { candidateId: string; fingerprints: Fingerprints | null }>;
  /** Open dossiers (R3) by e-mail address in lower case, with their reference. */
  openDossiers: Map<string, string>;
}

export type Hash = (text: string) => string;

/** The boards by name, for the sheets that name one (a typo gets the closest name suggested). */
export function boardLookup(context: ImportContext) {
  const names = context.boards.map((board) => board.name);
  return (sheet: string, row: number, column: string, name: string, problems: ProblemList) => {
    const board = context.boards.find((candidate) => candidate.name.toLowerCase() === name.trim().toLowerCase());
    if (board) return board;
    const closest = closestName(name, names);
    problems.error(
      sheet,
      row,
      column,
      `Schoolbestuur "${name}" is onbekend.${closest ? ` Bedoelt u "${closest}"?` : ' Voeg het bestuur eerst toe in Organisaties.'}`,
    );
    return null;
  };
}
