import { Injectable } from '@nestjs/common';
import { NotFoundError, isUuid, type Actor, type Region } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { OrganisationRepository } from '../persistence/organisation.repository';
import { OrganisationReader } from './organisation.reader';
import type { BoardView, InstituteView, OrganisationChanges, SchoolView } from './organisation.views';

/** School boards (with their schools) and teacher-training institutes: data that admins manage. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly organisations: OrganisationRepository,
    private readonly reader: OrganisationReader,
    private readonly audit: AuditService,
  ) {}

  createBoard(actor: Actor, input: { name: string; region: Region; joinedAt: string }): Promise<BoardView> {
    return this.unitOfWork.run(async () => {
      const board = await this.organisations.insertBoard(input);
      await this.audit.record(actor, { entity: 'board', entityId: board.id, action: 'create', changedFields: ['name', 'region', 'joinedAt'] });
      return board;
    });
  }

  async createSchool(actor: Actor, boardId: string, input: { name: string; city: string }): Promise<SchoolView> {
    if (!(await this.reader.getBoard(boardId))) throw new NotFoundError('board');
    return this.unitOfWork.run(async () => {
      const school = await this.organisations.insertSchool(boardId, input);
      await this.audit.record(actor, { entity: 'school', entityId: school.id, action: 'create', changedFields: ['boardId', 'name', 'city'] });
      return school;
    });
  }

  createInstitute(actor: Actor, input: { name: string }): Promise<InstituteView> {
    return this.unitOfWork.run(async () => {
      const institute = await this.organisations.insertInstitute(input);
      await this.audit.record(actor, { entity: 'institute', entityId: institute.id, action: 'create', changedFields: ['name'] });
      return institute;
    });
  }

  /** Renames or (de)activates a board; a deactivated board keeps its schools, users and history. */
  updateBoard(actor: Actor, id: string, changes: OrganisationChanges): Promise<BoardView> {
    return this.update(actor, 'board', id, changes) as Promise<BoardView>;
  }

  /** Renames or (de)activates an institute; a deactivated institute keeps its users and history. */
  updateInstitute(actor: Actor, id: string, changes: OrganisationChanges): Promise<InstituteView> {
    return this.update(actor, 'institute', id, changes);
  }

  private update(actor: Actor, entity: 'board' | 'institute', id: string, changes: OrganisationChanges): Promise<BoardView | InstituteView> {
    return this.unitOfWork.run(async () => {
      const row = isUuid(id) ? await this.organisations.update(entity === 'board' ? 'boards' : 'institutes', id, changes) : null;
      if (!row) throw new NotFoundError(entity);
      const changedFields = Object.entries(changes)
        .filter(([, value]) => value !== undefined)
        .map(([field]) => field);
      await this.audit.record(actor, { entity, entityId: id, action: 'update', changedFields });
      return row;
    });
  }
}
