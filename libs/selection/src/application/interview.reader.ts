import { Injectable } from '@nestjs/common';
import { DomainError, isCentralDesk, isUuid, type Actor } from '@app/shared';
import { CandidateReader } from '@app/candidates';
import { InterviewNotFoundError } from '../domain/selection.errors';
import { InterviewsRepository, type AdviceScope, type InterviewRow } from '../persistence/interviews.repository';
import type { InterviewView } from './interview.views';

/** A board id no board has: a board user without a board sees no panel at all. */
const NO_BOARD = '00000000-0000-0000-0000-000000000000';

/**
 * Reading interviews within the reader's scope (R14): whoever may see the candidate; a board user
 * only the interviews its board sits on, with only its own board's advice. Anything else is 404.
 */
@Injectable()
export class InterviewReader {
  constructor(
    private readonly candidates: CandidateReader,
    private readonly interviews: InterviewsRepository,
  ) {}

  async listForCandidate(actor: Actor, candidateId: string): Promise<InterviewView[]> {
    await this.candidates.assertVisible(actor, candidateId);
    return this.interviews.views({ candidateId, panelBoardId: panelBoardOf(actor) }, adviceScopeOf(actor));
  }

  async get(actor: Actor, id: string): Promise<InterviewView> {
    await this.findVisible(actor, id);
    const [view] = await this.interviews.views({ interviewId: id }, adviceScopeOf(actor));
    if (!view) throw new InterviewNotFoundError();
    return view;
  }

  /**
   * For matching (central desk): per candidate, the boards that advised positively and would employ
   * them in a completed interview. No scope: the caller has checked that its reader is the desk.
   */
  async employingBoards(candidateIds: string[]): Promise<Map<string, string[]>> {
    const boards = new Map<string, string[]>();
    if (candidateIds.length === 0) return boards;
    for (const row of await this.interviews.employingBoards([...new Set(candidateIds)])) {
      boards.set(row.candidateId, [...(boards.get(row.candidateId) ?? []), row.boardId]);
    }
    return boards;
  }

  /** The interview when the actor may see it; 404 for one that does not exist and one outside scope alike. */
  async findVisible(actor: Actor, id: string): Promise<InterviewRow> {
    if (!isUuid(id)) throw new InterviewNotFoundError();
    const row = await this.interviews.find(id);
    if (!row) throw new InterviewNotFoundError();
    await this.candidates.assertVisible(actor, row.candidateId).catch((error: unknown) => {
      throw error instanceof DomainError && error.kind === 'not_found' ? new InterviewNotFoundError() : error;
    });
    const boardId = panelBoardOf(actor);
    if (boardId) {
      const panel = await this.interviews.panel(id);
      if (!panel.boards.some((board) => board.boardId === boardId)) throw new InterviewNotFoundError();
    }
    return row;
  }
}

/** A board user sees only panels of their own board; the board comes from the session. */
function panelBoardOf(actor: Actor): string | undefined {
  return actor.role === 'board' ? (actor.boardId ?? NO_BOARD) : undefined;
}

function adviceScopeOf(actor: Actor): AdviceScope {
  if (isCentralDesk(actor) || actor.role === 'system') return { kind: 'all' };
  if (actor.role === 'board' && actor.boardId) return { kind: 'board', boardId: actor.boardId };
  return { kind: 'none' };
}
