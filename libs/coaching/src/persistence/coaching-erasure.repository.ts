import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

/** R13: the free text the coaching module keeps about a candidate, found through their programmes. */
@Injectable()
export class CoachingErasureRepository {
  constructor(private readonly database: Database) {}

  /** The candidate's programmes (the subjects of the coaching messages about them). */
  async programmeIds(candidateId: string): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(`SELECT id FROM programmes WHERE candidate_id = $1 ORDER BY start_date, id`, [candidateId]);
    return rows.map((row) => row.id);
  }

  /** Empties the session notes; returns the sessions that had one. Date, minutes and kind stay (the reports count them). */
  async eraseSessionNotes(programmeIds: string[]): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `UPDATE coaching_sessions SET note = '' WHERE programme_id = ANY($1::uuid[]) AND note <> '' RETURNING id`,
      [programmeIds],
    );
    return rows.map((row) => row.id);
  }

  /** Empties the at-risk notes; returns the programmes whose flag had one. The level and the date stay. */
  async eraseRiskNotes(programmeIds: string[]): Promise<string[]> {
    const rows = await this.database.query<{ programmeId: string }>(
      `UPDATE programme_risk_flags SET note = '' WHERE programme_id = ANY($1::uuid[]) AND note <> '' RETURNING programme_id AS "programmeId"`,
      [programmeIds],
    );
    return rows.map((row) => row.programmeId);
  }
}
