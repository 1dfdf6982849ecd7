import { Injectable } from '@nestjs/common';
import { NotFoundError, type Actor, type Region } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { OrganisationRepository } from '../persistence/organisation.repository';
import { OrganisationReader } from './organisation.reader';
import type { BoardView, InstituteView, SchoolView } from './organisation.views';

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
}
