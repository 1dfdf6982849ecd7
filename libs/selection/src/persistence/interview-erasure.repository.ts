import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

/** R13 on the selection module's tables: the free text about a candidate's interviews goes, dates, panels and outcomes stay. */
@Injectable()
export class InterviewErasureRepository {
  constructor(private readonly database: Database) {}

  /**
   * Empties the location, the motivations and the cancellation reason of the candidate's
   * interviews (the checks want text where an outcome, advice or cancellation exists: an empty
   * one, or '-' for the location). Returns the ids of the candidate's interviews.
   */
  async eraseFreeText(candidateId: string): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `UPDATE selection_interviews SET location = '-', outcome_motivation = CASE WHEN outcome_motivation IS NOT NULL THEN '' END,
         cancellation_reason = CASE WHEN cancellation_reason IS NOT NULL THEN '' END
       WHERE candidate_id = $1 RETURNING id`,
      [candidateId],
    );
    const ids = rows.map((row) => row.id);
    if (ids.length > 0) {
      await this.database.query(`UPDATE selection_interview_boards SET motivation = '' WHERE interview_id = ANY($1::uuid[]) AND motivation IS NOT NULL`, [ids]);
    }
    return ids;
  }
}
