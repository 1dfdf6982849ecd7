import { Injectable } from '@nestjs/common';
import type { Region } from '@app/shared';
import { Database, isUniqueViolation } from '@app/infra';
import { DuplicateOrganisationNameError } from '../domain/organisations.errors';
import type { BoardView, InstituteView, OrganisationChanges, SchoolView } from '../application/organisation.views';

const BOARD_COLUMNS = `id, name, region, to_char(joined_at, 'YYYY-MM-DD') AS "joinedAt", active`;
const INSTITUTE_COLUMNS = `id, name, active`;
const SCHOOL_COLUMNS = `id, board_id AS "boardId", name, city`;

/** All SQL of boards, schools and institutes. */
@Injectable()
export class OrganisationRepository {
  constructor(private readonly database: Database) {}

  listBoards(region: Region | null): Promise<BoardView[]> {
    return this.database.query<BoardView>(`SELECT ${BOARD_COLUMNS} FROM boards WHERE ($1::text IS NULL OR region = $1) ORDER BY name`, [region]);
  }

  async board(id: string): Promise<BoardView | null> {
    const [board] = await this.database.query<BoardView>(`SELECT ${BOARD_COLUMNS} FROM boards WHERE id = $1`, [id]);
    return board ?? null;
  }

  async insertBoard(input: { name: string; region: Region; joinedAt: string }): Promise<BoardView> {
    const [board] = await this.database
      .query<BoardView>(`INSERT INTO boards (name, region, joined_at) VALUES ($1, $2, $3) RETURNING ${BOARD_COLUMNS}`, [
        input.name,
        input.region,
        input.joinedAt,
      ])
      .catch(refuseDuplicateName);
    return board;
  }

  schools(boardId: string): Promise<SchoolView[]> {
    return this.database.query<SchoolView>(`SELECT ${SCHOOL_COLUMNS} FROM schools WHERE board_id = $1 ORDER BY name`, [boardId]);
  }

  async school(id: string): Promise<SchoolView | null> {
    const [school] = await this.database.query<SchoolView>(`SELECT ${SCHOOL_COLUMNS} FROM schools WHERE id = $1`, [id]);
    return school ?? null;
  }

  async insertSchool(boardId: string, input: { name: string; city: string }): Promise<SchoolView> {
    const [school] = await this.database
      .query<SchoolView>(`INSERT INTO schools (board_id, name, city) VALUES ($1, $2, $3) RETURNING ${SCHOOL_COLUMNS}`, [boardId, input.name, input.city])
      .catch(refuseDuplicateName);
    return school;
  }

  institutes(): Promise<InstituteView[]> {
    return this.database.query<InstituteView>(`SELECT ${INSTITUTE_COLUMNS} FROM institutes ORDER BY name`);
  }

  async institute(id: string): Promise<InstituteView | null> {
    const [institute] = await this.database.query<InstituteView>(`SELECT ${INSTITUTE_COLUMNS} FROM institutes WHERE id = $1`, [id]);
    return institute ?? null;
  }

  async insertInstitute(input: { name: string }): Promise<InstituteView> {
    const [institute] = await this.database
      .query<InstituteView>(`INSERT INTO institutes (name) VALUES ($1) RETURNING ${INSTITUTE_COLUMNS}`, [input.name])
      .catch(refuseDuplicateName);
    return institute;
  }

  /** Renames and (de)activates a board or institute; null when there is none with this id. */
  async update(table: 'boards' | 'institutes', id: string, changes: OrganisationChanges): Promise<BoardView | InstituteView | null> {
    const columns = table === 'boards' ? BOARD_COLUMNS : INSTITUTE_COLUMNS;
    const [row] = await this.database
      .query<BoardView | InstituteView>(`UPDATE ${table} SET name = COALESCE($2, name), active = COALESCE($3, active) WHERE id = $1 RETURNING ${columns}`, [
        id,
        changes.name ?? null,
        changes.active ?? null,
      ])
      .catch(refuseDuplicateName);
    return row ?? null;
  }

  /**
   * Whether the board or institute is active, with a share lock held until the unit of work ends:
   * a deactivation that runs at the same time waits, so no user is added to a deactivated one.
   * Null when there is none with this id.
   */
  async activeForShare(table: 'boards' | 'institutes', id: string): Promise<boolean | null> {
    const [row] = await this.database.query<{ active: boolean }>(`SELECT active FROM ${table} WHERE id = $1 FOR SHARE`, [id]);
    return row ? row.active : null;
  }

  /** Names by id, of the given boards, institutes or schools only. */
  async names(table: 'boards' | 'institutes' | 'schools', ids: string[]): Promise<Map<string, string>> {
    const rows = await this.database.query<{ id: string; name: string }>(`SELECT id, name FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

function refuseDuplicateName(error: unknown): never {
  if (isUniqueViolation(error)) throw new DuplicateOrganisationNameError();
  throw error;
}
