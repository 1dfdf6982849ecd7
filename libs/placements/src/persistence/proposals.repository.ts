import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/infra';
import { ProposalExistsError } from '../domain/placements.errors';
import type { ProposalStatus } from '../domain/placement.policy';

export interface ProposalRow {
  id: string;
  candidateId: string;
  boardId: string;
  status: ProposalStatus;
  note: string | null;
  declineReason: string | null;
  placementId: string | null;
  proposedAt: Date;
  decidedAt: Date | null;
}

const COLUMNS = `m.id, m.candidate_id AS "candidateId", m.board_id AS "boardId", m.status, m.note, m.decline_reason AS "declineReason",
  m.placement_id AS "placementId", m.proposed_at AS "proposedAt", m.decided_at AS "decidedAt"`;

const LIST_LIMIT = 2000;

/** The matching_proposals table. */
@Injectable()
export class ProposalsRepository {
  constructor(private readonly database: Database) {}

  /** Refuses a second open proposal of the candidate to the board (the partial unique index). */
  async insert(proposal: { candidateId: string; boardId: string; note: string | null; proposedBy: string | null; now: Date }): Promise<string> {
    const rows = await this.database
      .query<{ id: string }>(
        `INSERT INTO matching_proposals (candidate_id, board_id, note, proposed_by, proposed_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [proposal.candidateId, proposal.boardId, proposal.note, proposal.proposedBy, proposal.now],
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'matching_proposals_open_key')) throw new ProposalExistsError();
        throw error;
      });
    return rows[0].id;
  }

  /** The proposal, when `boardId` is null or it is that board's. */
  async find(id: string, boardId: string | null): Promise<ProposalRow | null> {
    const [row] = await this.database.query<ProposalRow>(
      `SELECT ${COLUMNS} FROM matching_proposals m WHERE m.id = $1 AND ($2::uuid IS NULL OR m.board_id = $2)`,
      [id, boardId],
    );
    return row ?? null;
  }

  list(filter: { boardId: string | null; status: ProposalStatus | null }): Promise<ProposalRow[]> {
    return this.database.query<ProposalRow>(
      `SELECT ${COLUMNS} FROM matching_proposals m WHERE ($1::uuid IS NULL OR m.board_id = $1) AND ($2::text IS NULL OR m.status = $2)
       ORDER BY m.proposed_at DESC, m.id LIMIT $3`,
      [filter.boardId, filter.status, LIST_LIMIT],
    );
  }

  forCandidates(candidateIds: string[]): Promise<ProposalRow[]> {
    if (candidateIds.length === 0) return Promise.resolve([]);
    return this.database.query<ProposalRow>(
      `SELECT ${COLUMNS} FROM matching_proposals m WHERE m.candidate_id = ANY($1::uuid[]) ORDER BY m.proposed_at DESC, m.id`,
      [candidateIds],
    );
  }

  /** Declines an open proposal; false when it was no longer open (decided meanwhile). */
  async decline(id: string, reason: string, by: string | null, now: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE matching_proposals SET status = 'declined', decline_reason = $2, decided_by = $3, decided_at = $4
       WHERE id = $1 AND status = 'proposed' RETURNING id`,
      [id, reason, by, now],
    );
    return rows.length > 0;
  }

  /**
   * The candidate is placed: the open proposal to the placing board is accepted, those to other
   * boards are withdrawn. Returns the ids and boards it closed.
   */
  closeForPlacement(
    candidateId: string,
    boardId: string,
    placementId: string,
    by: string | null,
    now: Date,
  ): Promise<{ id: string; boardId: string; status: ProposalStatus }[]> {
    return this.database.query<{ id: string; boardId: string; status: ProposalStatus }>(
      `UPDATE matching_proposals SET status = CASE WHEN board_id = $2 THEN 'accepted' ELSE 'withdrawn' END,
         placement_id = CASE WHEN board_id = $2 THEN $3::uuid END, decided_by = $4, decided_at = $5
       WHERE candidate_id = $1 AND status = 'proposed' RETURNING id, board_id AS "boardId", status`,
      [candidateId, boardId, placementId, by, now],
    );
  }
}
