import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

/** R13 on the placements module's tables: reasons and notes go; boards, schools, dates, FTE and places stay (capacity counts them). */
@Injectable()
export class PlacementErasureRepository {
  constructor(private readonly database: Database) {}

  /** Returns the ids of the candidate's placements and proposals. */
  async eraseFreeText(candidateId: string): Promise<{ placementIds: string[]; proposalIds: string[] }> {
    // The end reason must stay text where an end exists (placements_end): an empty one.
    const placements = await this.database.query<{ id: string }>(
      `UPDATE placements SET end_reason = CASE WHEN end_reason IS NOT NULL THEN '' END, cancellation_reason = NULL
       WHERE candidate_id = $1 RETURNING id`,
      [candidateId],
    );
    const proposals = await this.database.query<{ id: string }>(
      `UPDATE matching_proposals SET note = NULL, decline_reason = CASE WHEN decline_reason IS NOT NULL THEN '' END
       WHERE candidate_id = $1 RETURNING id`,
      [candidateId],
    );
    return { placementIds: placements.map((row) => row.id), proposalIds: proposals.map((row) => row.id) };
  }
}
