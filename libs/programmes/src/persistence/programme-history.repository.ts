import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { ExportedProgramme, ImportedProgramme } from '../application/programme-history.views';

/** The SQL of imported history (issue 15): programmes with their outcome, extension and subsidy as they were. */
@Injectable()
export class ProgrammeHistoryRepository {
  constructor(private readonly database: Database) {}

  async insertMany(
    programmes: (ImportedProgramme & { cohort: string; originalPlannedEnd: string; plannedEnd: string; dropoutPhase: string | null })[],
    createdBy: string | null,
    now: Date,
  ): Promise<void> {
    const column = <T>(pick: (programme: (typeof programmes)[number]) => T) => programmes.map(pick);
    await this.database.query(
      `INSERT INTO programmes (id, candidate_id, board_id, placement_id, placement_start_date, route, duration_months, start_date, conduct_certificate_date,
         cohort, original_planned_end, extension_months, planned_end, status, ended_on, dropout_reason, dropout_phase, previous_programme_id,
         created_at, created_by, updated_at)
       SELECT id, candidate_id, board_id, placement_id, placement_start_date, route, duration_months, start_date, conduct_certificate_date,
         cohort, original_planned_end, extension_months, planned_end, status, ended_on, dropout_reason, dropout_phase, previous_programme_id, created_at, $20, $21
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::date[], $6::text[], $7::int[], $8::date[], $9::date[], $10::text[], $11::date[],
         $12::int[], $13::date[], $14::text[], $15::date[], $16::text[], $17::text[], $18::uuid[], $19::timestamptz[])
         AS p(id, candidate_id, board_id, placement_id, placement_start_date, route, duration_months, start_date, conduct_certificate_date, cohort,
           original_planned_end, extension_months, planned_end, status, ended_on, dropout_reason, dropout_phase, previous_programme_id, created_at)`,
      [
        column((programme) => programme.id),
        column((programme) => programme.candidateId),
        column((programme) => programme.boardId),
        column((programme) => programme.placementId),
        column((programme) => programme.placementStartDate),
        column((programme) => programme.route),
        column((programme) => programme.durationMonths),
        column((programme) => programme.startDate),
        column((programme) => programme.conductCertificateDate),
        column((programme) => programme.cohort),
        column((programme) => programme.originalPlannedEnd),
        column((programme) => programme.extensionMonths),
        column((programme) => programme.plannedEnd),
        column((programme) => programme.status),
        column((programme) => programme.endedOn),
        column((programme) => programme.dropoutReason),
        column((programme) => programme.dropoutPhase),
        column((programme) => programme.previousProgrammeId),
        column((programme) => programme.at),
        createdBy,
        now,
      ],
    );
  }

  async insertExtension(programmeId: string, months: number, reason: string, before: string, after: string, at: Date, by: string | null): Promise<void> {
    await this.database.query(
      `INSERT INTO programme_extensions (programme_id, months, reason, planned_end_before, planned_end_after, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [programmeId, months, reason, before, after, at, by],
    );
  }

  async insertSubsidy(candidateId: string, programmeId: string, subsidy: NonNullable<ImportedProgramme['subsidy']>, at: Date): Promise<void> {
    await this.database.query(
      `INSERT INTO subsidies (candidate_id, programme_id, applied_on, amount, decision, decided_on, amount_spent, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [candidateId, programmeId, subsidy.appliedOn, subsidy.amount, subsidy.decision, subsidy.decidedOn, subsidy.amountSpent, at],
    );
  }

  /** The person's programmes, oldest first: a later import finds a session's programme by its place in this list. */
  ofCandidate(candidateId: string): Promise<{ id: string; startDate: string }[]> {
    return this.database.query(
      `SELECT id, to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM programmes WHERE candidate_id = $1 ORDER BY start_date, created_at`,
      [candidateId],
    );
  }

  /** The programmes of these candidates with their extensions (summed) and subsidy, oldest first. */
  exportRows(candidateIds: string[]): Promise<ExportedProgramme[]> {
    return this.database.query<ExportedProgramme>(
      `SELECT p.id, p.candidate_id AS "candidateId", p.route, to_char(p.start_date, 'YYYY-MM-DD') AS "startDate",
         to_char(p.conduct_certificate_date, 'YYYY-MM-DD') AS "conductCertificateDate", p.status, to_char(p.ended_on, 'YYYY-MM-DD') AS "endedOn",
         p.dropout_reason AS "dropoutReason", p.extension_months AS "extensionMonths",
         (SELECT string_agg(e.reason, '; ' ORDER BY e.created_at) FROM programme_extensions e WHERE e.programme_id = p.id) AS "extensionReason",
         to_char(s.applied_on, 'YYYY-MM-DD') AS "subsidyAppliedOn", s.amount::float8 AS "subsidyAmount", s.decision AS "subsidyDecision",
         to_char(s.decided_on, 'YYYY-MM-DD') AS "subsidyDecidedOn", s.amount_spent::float8 AS "subsidySpent"
       FROM programmes p LEFT JOIN subsidies s ON s.programme_id = p.id
       WHERE p.candidate_id = ANY($1::uuid[]) ORDER BY p.candidate_id, p.start_date, p.created_at`,
      [candidateIds],
    );
  }
}
