import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { SubsidyView, TaskView } from '../application/programme.views';
import type { SubsidyInput } from '../domain/subsidy.policy';

const SUBSIDY_COLUMNS = `s.programme_id AS "programmeId", to_char(s.applied_on, 'YYYY-MM-DD') AS "appliedOn", s.amount::float8 AS amount,
  s.decision, to_char(s.decided_on, 'YYYY-MM-DD') AS "decidedOn", s.amount_spent::float8 AS "amountSpent"`;

const TASK_COLUMNS = `t.id, t.programme_id AS "programmeId", t.board_id AS "boardId", t.kind, t.created_at AS "createdAt", t.done_at AS "doneAt"`;

/** The subsidies (one per person) and the boards' programme_tasks. */
@Injectable()
export class SubsidiesRepository {
  constructor(private readonly database: Database) {}

  /** The person's subsidy, whichever of their programmes it was applied for. */
  async ofCandidate(candidateId: string): Promise<SubsidyView | null> {
    const [row] = await this.database.query<SubsidyView>(`SELECT ${SUBSIDY_COLUMNS} FROM subsidies s WHERE s.candidate_id = $1`, [candidateId]);
    return row ?? null;
  }

  async ofCandidates(candidateIds: string[]): Promise<Map<string, SubsidyView>> {
    if (candidateIds.length === 0) return new Map();
    const rows = await this.database.query<SubsidyView & { candidateId: string }>(
      `SELECT s.candidate_id AS "candidateId", ${SUBSIDY_COLUMNS} FROM subsidies s WHERE s.candidate_id = ANY($1::uuid[])`,
      [candidateIds],
    );
    return new Map(rows.map(({ candidateId, ...subsidy }) => [candidateId, subsidy]));
  }

  /**
   * Records the person's subsidy on the programme, or updates it there. A subsidy of the person
   * on another programme is left alone: the caller sees the null and refuses (once per person).
   */
  async save(candidateId: string, programmeId: string, input: SubsidyInput, now: Date): Promise<SubsidyView | null> {
    const [row] = await this.database.query<SubsidyView>(
      `INSERT INTO subsidies AS s (candidate_id, programme_id, applied_on, amount, decision, decided_on, amount_spent, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (candidate_id) DO UPDATE SET applied_on = EXCLUDED.applied_on, amount = EXCLUDED.amount, decision = EXCLUDED.decision,
         decided_on = EXCLUDED.decided_on, amount_spent = EXCLUDED.amount_spent, updated_at = EXCLUDED.updated_at, version = s.version + 1
       WHERE s.programme_id = EXCLUDED.programme_id
       RETURNING ${SUBSIDY_COLUMNS}`,
      [candidateId, programmeId, input.appliedOn, input.amount, input.decision ?? null, input.decidedOn ?? null, input.amountSpent ?? 0, now],
    );
    return row ?? null;
  }

  /** A route switch carries the person's subsidy over to the programme that continues. */
  async moveToProgramme(fromProgrammeId: string, toProgrammeId: string, now: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE subsidies SET programme_id = $2, updated_at = $3, version = version + 1 WHERE programme_id = $1 RETURNING id`,
      [fromProgrammeId, toProgrammeId, now],
    );
    return rows.length > 0;
  }

  /** Creates the task once per programme and kind; null when it existed already. */
  async createTask(programmeId: string, boardId: string, kind: TaskView['kind'], now: Date): Promise<string | null> {
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO programme_tasks (programme_id, board_id, kind, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (programme_id, kind) DO NOTHING RETURNING id`,
      [programmeId, boardId, kind, now],
    );
    return row?.id ?? null;
  }

  async task(id: string): Promise<TaskView | null> {
    const [row] = await this.database.query<TaskView>(`SELECT ${TASK_COLUMNS} FROM programme_tasks t WHERE t.id = $1`, [id]);
    return row ?? null;
  }

  async tasksOf(programmeIds: string[]): Promise<Map<string, TaskView>> {
    if (programmeIds.length === 0) return new Map();
    const rows = await this.database.query<TaskView>(`SELECT ${TASK_COLUMNS} FROM programme_tasks t WHERE t.programme_id = ANY($1::uuid[])`, [programmeIds]);
    return new Map(rows.map((task) => [task.programmeId, task]));
  }

  /** Tasks of one board (or all when null), open ones only unless `includeDone`. */
  tasks(boardId: string | null, includeDone: boolean): Promise<TaskView[]> {
    return this.database.query<TaskView>(
      `SELECT ${TASK_COLUMNS} FROM programme_tasks t WHERE ($1::uuid IS NULL OR t.board_id = $1) AND ($2::boolean OR t.done_at IS NULL)
       ORDER BY t.done_at NULLS FIRST, t.created_at DESC, t.id LIMIT 500`,
      [boardId, includeDone],
    );
  }

  /** Marks an open task done; false when it was done already. */
  async markDone(id: string, by: string | null, now: Date): Promise<boolean> {
    const rows = await this.database.query(`UPDATE programme_tasks SET done_at = $3, done_by = $2 WHERE id = $1 AND done_at IS NULL RETURNING id`, [
      id,
      by,
      now,
    ]);
    return rows.length > 0;
  }
}
