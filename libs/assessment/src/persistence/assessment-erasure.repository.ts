import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

/** R13 on the assessment module's table: the institute's free text goes, dates and outcome stay. */
@Injectable()
export class AssessmentErasureRepository {
  constructor(private readonly database: Database) {}

  /** Empties the required training and support and the motivation; returns the ids of the candidate's assessments. */
  async eraseFreeText(candidateId: string): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `UPDATE suitability_assessments SET required_training = NULL, required_support = NULL, motivation = NULL
       WHERE candidate_id = $1 RETURNING id`,
      [candidateId],
    );
    return rows.map((row) => row.id);
  }
}
