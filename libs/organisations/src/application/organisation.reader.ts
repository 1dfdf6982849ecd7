import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationFailedError, isUuid, type Region } from '@app/shared';
import { OrganisationInactiveError } from '../domain/organisations.errors';
import { OrganisationRepository } from '../persistence/organisation.repository';
import type { BoardView, InstituteView, SchoolView } from './organisation.views';

/** Boards, schools and institutes as other modules and the API read them. */
@Injectable()
export class OrganisationReader {
  constructor(private readonly organisations: OrganisationRepository) {}

  listBoards(region?: Region): Promise<BoardView[]> {
    return this.organisations.listBoards(region ?? null);
  }

  /** The board, or null when the id names none. */
  getBoard(id: string): Promise<BoardView | null> {
    return isUuid(id) ? this.organisations.board(id) : Promise.resolve(null);
  }

  async listSchools(boardId: string): Promise<SchoolView[]> {
    if (!(await this.getBoard(boardId))) throw new NotFoundError('board');
    return this.organisations.schools(boardId);
  }

  /** The school, or null when the id names none. */
  getSchool(id: string): Promise<SchoolView | null> {
    return isUuid(id) ? this.organisations.school(id) : Promise.resolve(null);
  }

  schoolNames(ids: string[]): Promise<Map<string, string>> {
    return ids.length === 0 ? Promise.resolve(new Map()) : this.organisations.names('schools', [...new Set(ids)]);
  }

  listInstitutes(): Promise<InstituteView[]> {
    return this.organisations.institutes();
  }

  /** The institute, or null when the id names none. */
  getInstitute(id: string): Promise<InstituteView | null> {
    return isUuid(id) ? this.organisations.institute(id) : Promise.resolve(null);
  }

  /**
   * Refuses a board or institute that does not exist (400 naming the field) or is deactivated
   * (409). Run inside the caller's unit of work: the row stays share-locked until it commits.
   */
  async assertOpenForNewMembers(kind: 'board' | 'institute', id: string): Promise<void> {
    const active = isUuid(id) ? await this.organisations.activeForShare(kind === 'board' ? 'boards' : 'institutes', id) : null;
    if (active === null) {
      const [field, label] = kind === 'board' ? ['boardId', 'Schoolbestuur'] : ['instituteId', 'Lerarenopleiding'];
      throw new ValidationFailedError([{ field, message: `${label} verwijst naar een onbekende organisatie.` }]);
    }
    if (!active) throw new OrganisationInactiveError(kind);
  }

  boardNames(ids: string[]): Promise<Map<string, string>> {
    return ids.length === 0 ? Promise.resolve(new Map()) : this.organisations.names('boards', [...new Set(ids)]);
  }

  instituteNames(ids: string[]): Promise<Map<string, string>> {
    return ids.length === 0 ? Promise.resolve(new Map()) : this.organisations.names('institutes', [...new Set(ids)]);
  }
}
