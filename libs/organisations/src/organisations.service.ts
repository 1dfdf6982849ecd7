import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationFailedError, type Actor, type Region } from '@app/shared';
import { Database } from '@app/infra';
import { AuditService } from '@app/audit';

export interface BoardView {
  id: string;
  name: string;
  region: Region;
  joinedAt: string;
}

export interface SchoolView {
  id: string;
  boardId: string;
  name: string;
  city: string;
}

export interface InstituteView {
  id: string;
  name: string;
}

const BOARD_COLUMNS = `id, name, region, to_char(joined_at, 'YYYY-MM-DD') AS "joinedAt"`;

function refuseDuplicate(error: unknown, field: string): never {
  if ((error as { code?: string }).code === '23505') {
    throw new ValidationFailedError([{ field, message: `Er bestaat al een organisatie met deze ${field === 'name' ? 'naam' : field}.` }]);
  }
  throw error;
}

/** School boards (with their schools) and teacher-training institutes: data that admins manage. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  listBoards(region?: Region): Promise<BoardView[]> {
    return this.database.query<BoardView>(`SELECT ${BOARD_COLUMNS} FROM boards WHERE ($1::text IS NULL OR region = $1) ORDER BY name`, [region ?? null]);
  }

  async getBoard(id: string): Promise<BoardView> {
    const [board] = await this.database.query<BoardView>(`SELECT ${BOARD_COLUMNS} FROM boards WHERE id = $1`, [id]);
    if (!board) throw new NotFoundError('board');
    return board;
  }

  createBoard(actor: Actor, input: { name: string; region: Region; joinedAt: string }): Promise<BoardView> {
    return this.database.transaction(async (manager) => {
      const [board]: BoardView[] = await manager
        .query(`INSERT INTO boards (name, region, joined_at) VALUES ($1, $2, $3) RETURNING ${BOARD_COLUMNS}`, [input.name, input.region, input.joinedAt])
        .catch((error: unknown) => refuseDuplicate(error, 'name'));
      await this.audit.record(manager, actor, { entity: 'board', entityId: board.id, action: 'create', changedFields: ['name', 'region', 'joinedAt'] });
      return board;
    });
  }

  async listSchools(boardId: string): Promise<SchoolView[]> {
    await this.getBoard(boardId);
    return this.database.query<SchoolView>(`SELECT id, board_id AS "boardId", name, city FROM schools WHERE board_id = $1 ORDER BY name`, [boardId]);
  }

  async createSchool(actor: Actor, boardId: string, input: { name: string; city: string }): Promise<SchoolView> {
    await this.getBoard(boardId);
    return this.database.transaction(async (manager) => {
      const [school]: SchoolView[] = await manager
        .query(`INSERT INTO schools (board_id, name, city) VALUES ($1, $2, $3) RETURNING id, board_id AS "boardId", name, city`, [boardId, input.name, input.city])
        .catch((error: unknown) => refuseDuplicate(error, 'name'));
      await this.audit.record(manager, actor, { entity: 'school', entityId: school.id, action: 'create', changedFields: ['boardId', 'name', 'city'] });
      return school;
    });
  }

  listInstitutes(): Promise<InstituteView[]> {
    return this.database.query<InstituteView>(`SELECT id, name FROM institutes ORDER BY name`);
  }

  async getInstitute(id: string): Promise<InstituteView> {
    const [institute] = await this.database.query<InstituteView>(`SELECT id, name FROM institutes WHERE id = $1`, [id]);
    if (!institute) throw new NotFoundError('institute');
    return institute;
  }

  createInstitute(actor: Actor, input: { name: string }): Promise<InstituteView> {
    return this.database.transaction(async (manager) => {
      const [institute]: InstituteView[] = await manager
        .query(`INSERT INTO institutes (name) VALUES ($1) RETURNING id, name`, [input.name])
        .catch((error: unknown) => refuseDuplicate(error, 'name'));
      await this.audit.record(manager, actor, { entity: 'institute', entityId: institute.id, action: 'create', changedFields: ['name'] });
      return institute;
    });
  }
}
