import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/shared';
import { UserReader, type UserView } from '@app/accounts';
import { OrganisationReader } from '@app/organisations';
import type { PanelBoard } from '../domain/interview.policy';
import { PanelMemberRefusedError } from '../domain/selection.errors';

/** Checks that the people and boards put on a panel exist and may sit on it. */
@Injectable()
export class PanelMembers {
  constructor(
    private readonly users: UserReader,
    private readonly organisations: OrganisationReader,
  ) {}

  /** Each must be an active staff member or administrator of the central desk. */
  async verifyStaff(staffUserIds: string[]): Promise<void> {
    for (const userId of staffUserIds) {
      const user = await this.findUser(userId);
      if (!user || !user.active || (user.role !== 'staff' && user.role !== 'admin')) {
        throw new PanelMemberRefusedError('staffUserIds', `Medewerkers van Flevowijs in het panel: ${userId} is geen actieve medewerker van Flevowijs.`);
      }
    }
  }

  /** Each board must exist, and its representative must be an active user of that same board. */
  async verifyBoards(boards: PanelBoard[]): Promise<void> {
    for (const [index, board] of boards.entries()) {
      const found = await this.organisations.getBoard(board.boardId);
      if (!found) throw new PanelMemberRefusedError(`boards.${index}.boardId`, 'Schoolbestuur in het panel: dit schoolbestuur bestaat niet.');
      const representative = await this.findUser(board.representativeUserId);
      if (!representative || !representative.active || representative.role !== 'board' || representative.boardId !== board.boardId) {
        throw new PanelMemberRefusedError(
          `boards.${index}.representativeUserId`,
          `Vertegenwoordiger in het panel: dit is geen actieve gebruiker van schoolbestuur ${found.name}.`,
        );
      }
    }
  }

  private findUser(userId: string): Promise<UserView | null> {
    return this.users.get(userId).catch((error: unknown) => refuseWhenNotFound(error));
  }
}

function refuseWhenNotFound(error: unknown): null {
  if (error instanceof DomainError && error.kind === 'not_found') return null;
  throw error;
}
