import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

/** A message as the candidate page's mail timeline shows it: who it went to, what about, and whether it went out. */
export interface SentMessage {
  id: string;
  kind: string;
  subjectId: string;
  /** Distinguishes repeated messages about one subject: an interview's calendar update carries its sequence. */
  dueKey: string;
  recipient: string;
  title: string;
  /** `pending` (not delivered yet, or being tried again), `sent`, or `refused` (the relay refused the recipient for good). */
  status: 'pending' | 'sent' | 'refused';
  createdAt: Date;
  sentAt: Date | null;
}

/** The messages kept about a set of subjects, newest first. */
@Injectable()
export class TimelineRepository {
  constructor(private readonly database: Database) {}

  about(subjectIds: string[], onlyToUser: string | null, excludedKinds: readonly string[], limit: number): Promise<SentMessage[]> {
    return this.database.query<SentMessage>(
      `SELECT id, kind, subject_id AS "subjectId", due_key AS "dueKey", recipient, title, status, created_at AS "createdAt", sent_at AS "sentAt"
       FROM notifications
       WHERE subject_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR user_id = $2) AND NOT (kind = ANY($3::text[]))
       ORDER BY COALESCE(sent_at, created_at) DESC, id DESC LIMIT $4`,
      [subjectIds, onlyToUser, excludedKinds, limit],
    );
  }
}
