import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { ExportedSession, ImportedSession } from '../application/coaching-history.views';

/** The SQL of imported history (issue 15): many sessions in one statement. */
@Injectable()
export class SessionHistoryRepository {
  constructor(private readonly database: Database) {}

  async insertMany(sessions: ImportedSession[], authorId: string, now: Date): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `INSERT INTO coaching_sessions (programme_id, author_id, date, minutes, kind, note, created_at, updated_at)
       SELECT programme_id, $1, date, minutes, kind, note, $2, $2
       FROM unnest($3::uuid[], $4::date[], $5::int[], $6::text[], $7::text[]) WITH ORDINALITY AS s(programme_id, date, minutes, kind, note, position)
       ORDER BY position
       RETURNING id`,
      [
        authorId,
        now,
        sessions.map((session) => session.programmeId),
        sessions.map((session) => session.date),
        sessions.map((session) => session.minutes),
        sessions.map((session) => session.kind),
        sessions.map((session) => session.note),
      ],
    );
    return rows.map((row) => row.id);
  }

  exportRows(programmeIds: string[]): Promise<ExportedSession[]> {
    return this.database.query<ExportedSession>(
      `SELECT programme_id AS "programmeId", to_char(date, 'YYYY-MM-DD') AS date, minutes, kind, note
       FROM coaching_sessions WHERE programme_id = ANY($1::uuid[]) ORDER BY programme_id, date, created_at, id`,
      [programmeIds],
    );
  }
}
