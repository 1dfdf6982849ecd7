import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/infra';
import { RunningProgrammeExistsError } from '../domain/programmes.errors';
import type { ExtensionView, ProgrammeRow } from '../application/programme.views';

export interface NewProgramme {
  candidateId: string;
  boardId: string;
  placementId: string;
  placementStartDate: string;
  route: string;
  durationMonths: number;
  startDate: string;
  conductCertificateDate: string | null;
  cohort: string;
  plannedEnd: string;
  previousProgrammeId: string | null;
  createdBy: string | null;
  now: Date;
}

/** Which programmes a reader sees (R14): all (the central desk), one board's, or none. */
export type ProgrammeScope = { kind: 'all' } | { kind: 'board'; boardId: string } | { kind: 'programmes'; ids: string[] } | { kind: 'none' };

const COLUMNS = `p.id, p.candidate_id AS "candidateId", p.board_id AS "boardId", p.placement_id AS "placementId",
  to_char(p.placement_start_date, 'YYYY-MM-DD') AS "placementStartDate", p.route, p.duration_months AS "durationMonths", to_char(p.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(p.conduct_certificate_date, 'YYYY-MM-DD') AS "conductCertificateDate", p.cohort,
  to_char(p.original_planned_end, 'YYYY-MM-DD') AS "originalPlannedEnd", p.extension_months AS "extensionMonths",
  to_char(p.planned_end, 'YYYY-MM-DD') AS "plannedEnd", p.status, to_char(p.ended_on, 'YYYY-MM-DD') AS "endedOn",
  p.dropout_reason AS "dropoutReason", p.dropout_phase AS "dropoutPhase", p.previous_programme_id AS "previousProgrammeId",
  (SELECT n.id FROM programmes n WHERE n.previous_programme_id = p.id) AS "nextProgrammeId", p.created_at AS "createdAt"`;

/** The scope is parameters $1–$2: see all, or the board's id (NULL matches nothing); a coach's programmes are `ids` (a parameter of the query). */
const IN_SCOPE = `($1::boolean OR p.board_id = $2::uuid)`;

function scopeParameters(scope: ProgrammeScope): [boolean, string | null] {
  return [scope.kind === 'all' || scope.kind === 'programmes', scope.kind === 'board' ? scope.boardId : null];
}

/** The ids a 'programmes' scope limits to; NULL: no such limit. */
function idsOf(scope: ProgrammeScope): string[] | null {
  return scope.kind === 'programmes' ? scope.ids : null;
}

/** The region runs some forty programmes a year: a list is bounded far above that. */
const LIST_LIMIT = 2000;

/** The programmes and programme_extensions tables. */
@Injectable()
export class ProgrammesRepository {
  constructor(private readonly database: Database) {}

  async find(id: string, scope: ProgrammeScope): Promise<ProgrammeRow | null> {
    const [row] = await this.database.query<ProgrammeRow>(
      `SELECT ${COLUMNS} FROM programmes p WHERE ${IN_SCOPE} AND p.id = $3 AND ($4::uuid[] IS NULL OR p.id = ANY($4))`,
      [...scopeParameters(scope), id, idsOf(scope)],
    );
    return row ?? null;
  }

  list(scope: ProgrammeScope, filter: { status: string | null; boardId: string | null; cohort: string | null }): Promise<ProgrammeRow[]> {
    return this.database.query<ProgrammeRow>(
      `SELECT ${COLUMNS} FROM programmes p
       WHERE ${IN_SCOPE} AND ($3::text IS NULL OR p.status = $3) AND ($4::uuid IS NULL OR p.board_id = $4) AND ($5::text IS NULL OR p.cohort = $5)
         AND ($7::uuid[] IS NULL OR p.id = ANY($7))
       ORDER BY p.start_date DESC, p.id LIMIT $6`,
      [...scopeParameters(scope), filter.status, filter.boardId, filter.cohort, LIST_LIMIT, idsOf(scope)],
    );
  }

  /** R13: every programme of the candidate (any status), oldest first: what the inspection export shows. */
  ofCandidate(candidateId: string): Promise<ProgrammeRow[]> {
    return this.database.query<ProgrammeRow>(`SELECT ${COLUMNS} FROM programmes p WHERE p.candidate_id = $1 ORDER BY p.start_date, p.created_at, p.id`, [
      candidateId,
    ]);
  }

  /** Of the given candidates, those that have a programme (any status). */
  async withProgramme(candidateIds: string[]): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows = await this.database.query<{ candidateId: string }>(
      `SELECT DISTINCT candidate_id AS "candidateId" FROM programmes WHERE candidate_id = ANY($1::uuid[])`,
      [candidateIds],
    );
    return new Set(rows.map((row) => row.candidateId));
  }

  /** Refuses a second running programme of the candidate (the partial unique index). */
  async insert(programme: NewProgramme): Promise<string> {
    const rows = await this.database
      .query<{ id: string }>(
        `INSERT INTO programmes (candidate_id, board_id, placement_id, placement_start_date, route, start_date, conduct_certificate_date, cohort,
           original_planned_end, planned_end, previous_programme_id, created_at, created_by, updated_at, duration_months)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11, $12, $11, $13) RETURNING id`,
        [
          programme.candidateId,
          programme.boardId,
          programme.placementId,
          programme.placementStartDate,
          programme.route,
          programme.startDate,
          programme.conductCertificateDate,
          programme.cohort,
          programme.plannedEnd,
          programme.previousProgrammeId,
          programme.now,
          programme.createdBy,
          programme.durationMonths,
        ],
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'programmes_one_running_key')) throw new RunningProgrammeExistsError();
        throw error;
      });
    return rows[0].id;
  }

  /** Locks the programme until the unit of work ends: commands on one programme take turns. */
  async lock(id: string): Promise<ProgrammeRow | null> {
    const [row] = await this.database.query<ProgrammeRow>(`SELECT ${COLUMNS} FROM programmes p WHERE p.id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /** Ends a running programme; false when it was no longer running (compare-and-set on the status). */
  async end(id: string, outcome: { status: string; endedOn: string; dropoutReason?: string; dropoutPhase?: string | null }, now: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE programmes SET status = $2, ended_on = $3, dropout_reason = $4, dropout_phase = $5, updated_at = $6, version = version + 1
       WHERE id = $1 AND status = 'running' RETURNING id`,
      [id, outcome.status, outcome.endedOn, outcome.dropoutReason ?? null, outcome.dropoutPhase ?? null, now],
    );
    return rows.length > 0;
  }

  /**
   * The term-expiry sweep's claim: a running programme whose planned end lies before `today` ends
   * `term_expired` on its last day. The condition and the write are one statement, so a second
   * sweep (or a concurrent outcome) finds nothing to change. Null when it was not due or no longer running.
   */
  async expire(id: string, today: string, now: Date): Promise<{ candidateId: string } | null> {
    const [row] = await this.database.query<{ candidateId: string }>(
      `UPDATE programmes SET status = 'term_expired', ended_on = planned_end, updated_at = $3, version = version + 1
       WHERE id = $1 AND status = 'running' AND planned_end < $2::date RETURNING candidate_id AS "candidateId"`,
      [id, today, now],
    );
    return row ?? null;
  }

  /**
   * R13: the candidates whose programmes all ended, the last of them on or before `endedOnOrBefore`
   * (none running). Reads the ended programmes through programmes_ended_idx.
   */
  async participantsEndedOnOrBefore(endedOnOrBefore: string): Promise<string[]> {
    const rows = await this.database.query<{ candidateId: string }>(
      `SELECT p.candidate_id AS "candidateId" FROM programmes p
       WHERE p.status <> 'running' AND p.ended_on <= $1::date
       GROUP BY p.candidate_id
       HAVING NOT EXISTS (SELECT 1 FROM programmes later WHERE later.candidate_id = p.candidate_id AND (later.status = 'running' OR later.ended_on > $1::date))
       ORDER BY p.candidate_id`,
      [endedOnOrBefore],
    );
    return rows.map((row) => row.candidateId);
  }

  /** The running programmes whose planned end lies before `today`. */
  async dueForExpiry(today: string): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `SELECT id FROM programmes WHERE status = 'running' AND planned_end < $1::date ORDER BY planned_end, id`,
      [today],
    );
    return rows.map((row) => row.id);
  }

  async extend(id: string, extension: { months: number; reason: string; plannedEndAfter: string; by: string | null; now: Date }): Promise<void> {
    await this.database.query(
      `WITH extension AS (
         INSERT INTO programme_extensions (programme_id, months, reason, planned_end_before, planned_end_after, created_at, created_by)
         SELECT id, $2, $3, planned_end, $4, $6, $5 FROM programmes WHERE id = $1)
       UPDATE programmes SET extension_months = extension_months + $2, planned_end = $4, updated_at = $6, version = version + 1 WHERE id = $1`,
      [id, extension.months, extension.reason, extension.plannedEndAfter, extension.by, extension.now],
    );
  }

  async extensions(programmeIds: string[]): Promise<Map<string, ExtensionView[]>> {
    const byProgramme = new Map<string, ExtensionView[]>();
    if (programmeIds.length === 0) return byProgramme;
    const rows = await this.database.query<ExtensionView & { programmeId: string }>(
      `SELECT programme_id AS "programmeId", months, reason, to_char(planned_end_before, 'YYYY-MM-DD') AS "plannedEndBefore",
         to_char(planned_end_after, 'YYYY-MM-DD') AS "plannedEndAfter", created_at AS "createdAt"
       FROM programme_extensions WHERE programme_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [programmeIds],
    );
    for (const { programmeId, ...extension } of rows) byProgramme.set(programmeId, [...(byProgramme.get(programmeId) ?? []), extension]);
    return byProgramme;
  }

  /** R13: empties the extensions' reasons (free text, at times about health); months and dates stay. Returns the extensions that had one. */
  async eraseExtensionReasons(candidateId: string): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `UPDATE programme_extensions e SET reason = '' FROM programmes p
        WHERE p.id = e.programme_id AND p.candidate_id = $1 AND e.reason <> '' RETURNING e.id`,
      [candidateId],
    );
    return rows.map((row) => row.id);
  }
}
