import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/infra';
import { addDays, startOfDay, type CalendarDate } from '@app/shared';
import type { AdviceValue, BoardAdvice, InterviewStatus, OutcomeValue, Panel, PanelBoard } from '../domain/interview.policy';
import { InterviewAlreadyScheduledError } from '../domain/selection.errors';
import type { InterviewView } from '../application/interview.views';

/** The facts of an interview that commands and jobs act on. */
export interface InterviewRow {
  id: string;
  candidateId: string;
  status: InterviewStatus;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  sequence: number;
  outcome: OutcomeValue | null;
}

export interface NewInterview {
  candidateId: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  createdBy: string | null;
  now: Date;
}

export interface InterviewChanges {
  startsAt?: Date;
  durationMinutes?: number;
  location?: string;
}

/** Someone who receives the interview's mails. */
export interface InterviewAttendee {
  userId: string;
  email: string;
  name: string;
  role: 'staff' | 'board';
}

/** Which advice a reader may see: all (central desk), one board's own, or none. */
export type AdviceScope = { kind: 'all' } | { kind: 'board'; boardId: string } | { kind: 'none' };

const ROW_COLUMNS = `i.id, i.candidate_id AS "candidateId", i.status, i.starts_at AS "startsAt", i.duration_minutes AS "durationMinutes",
  i.location, i.sequence, i.outcome`;

const isoUtc = (expression: string) => `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** $1 = show all advice, $2 = the reader's own board (advice of that board only). */
const VIEW_COLUMNS = `i.id, i.candidate_id AS "candidateId", i.status, ${isoUtc('i.starts_at')} AS "startsAt",
  to_char(i.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI') AS "startsAtLocal",
  i.duration_minutes AS "durationMinutes", i.location, i.sequence,
  COALESCE((SELECT json_agg(json_build_object('userId', s.user_id, 'name', u.name) ORDER BY u.name, s.user_id)
    FROM selection_interview_staff s JOIN users u ON u.id = s.user_id WHERE s.interview_id = i.id), '[]') AS staff,
  COALESCE((SELECT json_agg(json_build_object('boardId', b.board_id, 'boardName', o.name,
      'representativeUserId', b.representative_user_id, 'representativeName', r.name,
      'advice', CASE WHEN b.advice IS NOT NULL AND ($1::boolean OR b.board_id = $2::uuid)
        THEN json_build_object('advice', b.advice, 'wouldEmploy', b.would_employ, 'motivation', b.motivation,
          'recordedAt', ${isoUtc('b.recorded_at')}, 'recordedBy', b.recorded_by) END) ORDER BY o.name, b.board_id)
    FROM selection_interview_boards b JOIN boards o ON o.id = b.board_id JOIN users r ON r.id = b.representative_user_id
    WHERE b.interview_id = i.id), '[]') AS boards,
  CASE WHEN i.outcome IS NOT NULL THEN json_build_object('outcome', i.outcome, 'motivation', i.outcome_motivation,
    'recordedAt', ${isoUtc('i.outcome_recorded_at')}) END AS outcome,
  ${isoUtc('i.cancelled_at')} AS "cancelledAt", i.cancellation_reason AS "cancellationReason"`;

/** The selection module's tables; names of users and boards are joined in for display. */
@Injectable()
export class InterviewsRepository {
  constructor(private readonly database: Database) {}

  async find(id: string): Promise<InterviewRow | null> {
    const [row] = await this.database.query<InterviewRow>(`SELECT ${ROW_COLUMNS} FROM selection_interviews i WHERE i.id = $1`, [id]);
    return row ?? null;
  }

  /** Locks the interview row for the rest of the transaction: commands on one interview take turns. */
  async lock(id: string): Promise<InterviewRow | null> {
    const [row] = await this.database.query<InterviewRow>(`SELECT ${ROW_COLUMNS} FROM selection_interviews i WHERE i.id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /** The panel as it stands (inside a unit of work: as this transaction sees it). */
  async panel(id: string): Promise<Panel> {
    const staff = await this.database.query<{ userId: string }>(
      `SELECT user_id AS "userId" FROM selection_interview_staff WHERE interview_id = $1 ORDER BY user_id`,
      [id],
    );
    const boards = await this.database.query<PanelBoard>(
      `SELECT board_id AS "boardId", representative_user_id AS "representativeUserId" FROM selection_interview_boards WHERE interview_id = $1 ORDER BY board_id`,
      [id],
    );
    return { staffUserIds: staff.map((row) => row.userId), boards };
  }

  /** Each panel board's advice (null until given), as this transaction sees it. */
  advice(id: string): Promise<BoardAdvice[]> {
    return this.database.query<BoardAdvice>(
      `SELECT board_id AS "boardId", advice, would_employ AS "wouldEmploy" FROM selection_interview_boards WHERE interview_id = $1 ORDER BY board_id`,
      [id],
    );
  }

  /** Per candidate, the boards that advised positively and would employ them in a completed interview. */
  employingBoards(candidateIds: string[]): Promise<{ candidateId: string; boardId: string }[]> {
    return this.database.query<{ candidateId: string; boardId: string }>(
      `SELECT DISTINCT i.candidate_id AS "candidateId", b.board_id AS "boardId"
       FROM selection_interviews i JOIN selection_interview_boards b ON b.interview_id = i.id
       WHERE i.candidate_id = ANY($1::uuid[]) AND i.status = 'completed' AND b.advice = 'positive' AND b.would_employ`,
      [candidateIds],
    );
  }

  async insert(interview: NewInterview): Promise<string> {
    const rows = await this.database
      .query<{ id: string }>(
        `INSERT INTO selection_interviews (candidate_id, starts_at, duration_minutes, location, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [interview.candidateId, interview.startsAt, interview.durationMinutes, interview.location, interview.createdBy, interview.now],
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'selection_interviews_one_scheduled_key')) throw new InterviewAlreadyScheduledError();
        throw error;
      });
    return rows[0].id;
  }

  /** Applies the changes and raises the SEQUENCE; returns the new sequence. */
  async reschedule(id: string, changes: InterviewChanges, now: Date): Promise<number> {
    const [row] = await this.database.query<{ sequence: number }>(
      `UPDATE selection_interviews SET starts_at = COALESCE($2, starts_at), duration_minutes = COALESCE($3, duration_minutes),
         location = COALESCE($4, location), sequence = sequence + 1, version = version + 1, updated_at = $5
       WHERE id = $1 RETURNING sequence`,
      [id, changes.startsAt ?? null, changes.durationMinutes ?? null, changes.location ?? null, now],
    );
    return row.sequence;
  }

  async replaceStaff(id: string, userIds: string[]): Promise<void> {
    await this.database.query(`DELETE FROM selection_interview_staff WHERE interview_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [id, userIds]);
    await this.database.query(`INSERT INTO selection_interview_staff (interview_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      id,
      userIds,
    ]);
  }

  /** Boards that stay keep their advice; a new representative replaces the old one. */
  async replaceBoards(id: string, boards: PanelBoard[]): Promise<void> {
    const boardIds = boards.map((board) => board.boardId);
    await this.database.query(`DELETE FROM selection_interview_boards WHERE interview_id = $1 AND NOT (board_id = ANY($2::uuid[]))`, [id, boardIds]);
    await this.database.query(
      `INSERT INTO selection_interview_boards (interview_id, board_id, representative_user_id)
       SELECT $1, board_id, representative_user_id FROM unnest($2::uuid[], $3::uuid[]) AS panel(board_id, representative_user_id)
       ON CONFLICT (interview_id, board_id) DO UPDATE SET representative_user_id = EXCLUDED.representative_user_id`,
      [id, boardIds, boards.map((board) => board.representativeUserId)],
    );
  }

  async recordRemovals(id: string, sequence: number, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    await this.database.query(
      `INSERT INTO selection_interview_removals (interview_id, sequence, user_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
      [id, sequence, userIds],
    );
  }

  async cancel(id: string, reason: string, now: Date): Promise<number> {
    const [row] = await this.database.query<{ sequence: number }>(
      `UPDATE selection_interviews SET status = 'cancelled', cancelled_at = $3, cancellation_reason = $2, sequence = sequence + 1,
         version = version + 1, updated_at = $3
       WHERE id = $1 RETURNING sequence`,
      [id, reason, now],
    );
    return row.sequence;
  }

  /** Returns false when the board is not on the panel. */
  async recordAdvice(
    id: string,
    boardId: string,
    advice: { advice: AdviceValue; wouldEmploy: boolean; motivation: string },
    recordedBy: string | null,
    now: Date,
  ): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE selection_interview_boards SET advice = $3, would_employ = $4, motivation = $5, recorded_at = $6, recorded_by = $7
       WHERE interview_id = $1 AND board_id = $2 RETURNING board_id`,
      [id, boardId, advice.advice, advice.wouldEmploy, advice.motivation, now, recordedBy],
    );
    return rows.length > 0;
  }

  async recordOutcome(id: string, outcome: { outcome: OutcomeValue; motivation: string }, recordedBy: string | null, now: Date): Promise<void> {
    await this.database.query(
      `UPDATE selection_interviews SET status = 'completed', outcome = $2, outcome_motivation = $3, outcome_recorded_at = $4,
         outcome_recorded_by = $5, version = version + 1, updated_at = $4
       WHERE id = $1`,
      [id, outcome.outcome, outcome.motivation, now, recordedBy],
    );
  }

  /** The panel as people to write to: active staff members and each board's representative. */
  attendees(id: string): Promise<InterviewAttendee[]> {
    return this.database.query<InterviewAttendee>(
      `SELECT u.id AS "userId", u.email, u.name, 'staff' AS role
       FROM selection_interview_staff s JOIN users u ON u.id = s.user_id WHERE s.interview_id = $1 AND u.active
       UNION ALL
       SELECT u.id, u.email, u.name, 'board'
       FROM selection_interview_boards b JOIN users u ON u.id = b.representative_user_id WHERE b.interview_id = $1 AND u.active
       ORDER BY role DESC, name`,
      [id],
    );
  }

  /** People taken off the panel by version `sequence` and not back on it since. */
  removedAttendees(id: string, sequence: number): Promise<InterviewAttendee[]> {
    return this.database.query<InterviewAttendee>(
      `SELECT u.id AS "userId", u.email, u.name, CASE WHEN u.role = 'board' THEN 'board' ELSE 'staff' END AS role
       FROM selection_interview_removals r JOIN users u ON u.id = r.user_id
       WHERE r.interview_id = $1 AND r.sequence = $2 AND u.active
         AND NOT EXISTS (SELECT 1 FROM selection_interview_staff s WHERE s.interview_id = $1 AND s.user_id = r.user_id)
         AND NOT EXISTS (SELECT 1 FROM selection_interview_boards b WHERE b.interview_id = $1 AND b.representative_user_id = r.user_id)
       ORDER BY u.name`,
      [id, sequence],
    );
  }

  /**
   * Claims the reminders due for planned interviews on `day` (Amsterdam): each interview is
   * claimed once per day and version, so running the sweep again claims nothing.
   */
  claimReminders(day: CalendarDate): Promise<{ id: string; sequence: number }[]> {
    return this.database.query<{ id: string; sequence: number }>(
      `UPDATE selection_interviews SET reminder_due_key = $1 || '#seq-' || sequence
       WHERE status = 'scheduled' AND starts_at >= $2 AND starts_at < $3
         AND reminder_due_key IS DISTINCT FROM $1 || '#seq-' || sequence
       RETURNING id, sequence`,
      [day, startOfDay(day), startOfDay(addDays(day, 1))],
    );
  }

  async views(filter: { interviewId?: string; candidateId?: string; panelBoardId?: string }, advice: AdviceScope): Promise<InterviewView[]> {
    return this.database.query<InterviewView>(
      `SELECT ${VIEW_COLUMNS} FROM selection_interviews i
       WHERE ($3::uuid IS NULL OR i.id = $3) AND ($4::uuid IS NULL OR i.candidate_id = $4)
         AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM selection_interview_boards p WHERE p.interview_id = i.id AND p.board_id = $5))
       ORDER BY i.starts_at DESC, i.id`,
      [
        advice.kind === 'all',
        advice.kind === 'board' ? advice.boardId : null,
        filter.interviewId ?? null,
        filter.candidateId ?? null,
        filter.panelBoardId ?? null,
      ],
    );
  }
}
