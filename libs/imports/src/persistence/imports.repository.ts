import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { ImportCounts, Fingerprints } from '../domain/import-plan';
import type { ImportProblem } from '../domain/import-problems';
import type { ImportRow, ImportStatus } from '../application/import.views';

/** What an import keeps on one person, as the inspection export shows it. */
export interface HeldImport {
  reference: string;
  importId: string;
  fileName: string;
  importedAt: Date;
  /** SHA-256 hashes of the person's rows as last imported: what a later import of the same rows is compared against. */
  fingerprints: Fingerprints;
}

const COLUMNS = `i.id, i.file_name AS "fileName", i.file_kind AS "fileKind", i.size_bytes AS "sizeBytes", i.storage_key AS "storageKey",
  i.uploaded_by AS "uploadedBy", u.name AS "uploadedByName", i.uploaded_at AS "uploadedAt", i.status, i.counts, i.problems,
  i.error_count AS "errorCount", i.warning_count AS "warningCount", i.rows_total AS "rowsTotal", i.rows_done AS "rowsDone",
  i.committed_by AS "committedBy", i.commit_requested_at AS "commitRequestedAt", i.committed_at AS "committedAt", i.failure`;

/** All SQL of the imports module: the uploads with their dry run and commit, and the fingerprints of imported people. */
@Injectable()
export class ImportsRepository {
  constructor(private readonly database: Database) {}

  async insert(row: {
    fileName: string;
    fileKind: string;
    sizeBytes: number;
    storageKey: string | null;
    uploadedBy: string;
    now: Date;
    status: ImportStatus;
    counts: ImportCounts | null;
    problems: ImportProblem[];
    errorCount: number;
    warningCount: number;
    rowsTotal: number;
  }): Promise<string> {
    const [inserted] = await this.database.query<{ id: string }>(
      `INSERT INTO imports (file_name, file_kind, size_bytes, storage_key, uploaded_by, uploaded_at, status, counts, problems, error_count, warning_count, rows_total)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        row.fileName,
        row.fileKind,
        row.sizeBytes,
        row.storageKey,
        row.uploadedBy,
        row.now,
        row.status,
        JSON.stringify(row.counts),
        JSON.stringify(row.problems),
        row.errorCount,
        row.warningCount,
        row.rowsTotal,
      ],
    );
    return inserted.id;
  }

  async find(id: string): Promise<ImportRow | null> {
    const [row] = await this.database.query<ImportRow>(`SELECT ${COLUMNS} FROM imports i JOIN users u ON u.id = i.uploaded_by WHERE i.id = $1`, [id]);
    return row ?? null;
  }

  list(limit: number): Promise<ImportRow[]> {
    return this.database.query<ImportRow>(
      `SELECT ${COLUMNS} FROM imports i JOIN users u ON u.id = i.uploaded_by ORDER BY i.uploaded_at DESC, i.id DESC LIMIT $1`,
      [limit],
    );
  }

  /** A checked dry run without errors becomes queued, once: the compare-and-set decides between two clicks. */
  async queue(id: string, by: string | null, now: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE imports SET status = 'queued', committed_by = $2, commit_requested_at = $3, version = version + 1
       WHERE id = $1 AND status = 'checked' AND error_count = 0 RETURNING 1`,
      [id, by, now],
    );
    return rows.length === 1;
  }

  /**
   * The import when it still waits for its commit. Read after `serialise`, so a second delivery of
   * the job finds it committed. Not locked by row: the progress is written to this row beside the
   * commit's transaction, which a row lock would block.
   */
  async queued(id: string): Promise<ImportRow | null> {
    const [row] = await this.database.query<ImportRow>(
      `SELECT ${COLUMNS} FROM imports i JOIN users u ON u.id = i.uploaded_by WHERE i.id = $1 AND i.status = 'queued'`,
      [id],
    );
    return row ?? null;
  }

  /** Imports commit one at a time (a transaction-scoped advisory lock): two files about the same people never interleave. */
  async serialise(): Promise<void> {
    await this.database.query(`SELECT pg_advisory_xact_lock(hashtext('imports.commit'))`);
  }

  async committed(id: string, counts: ImportCounts, rowsTotal: number, now: Date): Promise<void> {
    await this.database.query(
      `UPDATE imports SET status = 'committed', committed_at = $2, counts = $3, rows_total = $4, rows_done = $4, storage_key = NULL, version = version + 1 WHERE id = $1`,
      [id, now, JSON.stringify(counts), rowsTotal],
    );
  }

  async failed(id: string, failure: string, problems: ImportProblem[], errorCount: number): Promise<void> {
    await this.database.query(
      `UPDATE imports SET status = 'failed', failure = $2, problems = $3, error_count = $4, version = version + 1 WHERE id = $1 AND status = 'queued'`,
      [id, failure, JSON.stringify(problems), errorCount],
    );
  }

  /**
   * Imports uploaded before `before` that still keep their file or their problems (which quote
   * cells): the file and the list go, the counts and who and when stay. Not one being committed.
   */
  async forgetContent(before: Date): Promise<{ id: string; storageKey: string | null }[]> {
    return this.database.query(
      `UPDATE imports i SET storage_key = NULL, problems = '[]'::jsonb, version = version + 1
       FROM (SELECT id, storage_key FROM imports WHERE uploaded_at < $1 AND status <> 'queued'
               AND (storage_key IS NOT NULL OR problems <> '[]'::jsonb) FOR UPDATE) old
       WHERE i.id = old.id
       RETURNING i.id, old.storage_key AS "storageKey"`,
      [before],
    );
  }

  people(references: string[]): Promise<{ reference: string; candidateId: string; fingerprints: Fingerprints }[]> {
    return this.database.query(`SELECT reference, candidate_id AS "candidateId", fingerprints FROM import_people WHERE reference = ANY($1::text[])`, [
      references,
    ]);
  }

  /**
   * R13: what the last import of the candidate kept (null when none did): the reference it was imported
   * under, which upload, when, and the SHA-256 fingerprints of the person's rows.
   */
  async heldPerson(candidateId: string): Promise<HeldImport | null> {
    const [row] = await this.database.query<HeldImport>(
      `SELECT p.reference, p.import_id AS "importId", i.file_name AS "fileName", p.updated_at AS "importedAt", p.fingerprints
       FROM import_people p JOIN imports i ON i.id = p.import_id WHERE p.candidate_id = $1`,
      [candidateId],
    );
    return row ?? null;
  }

  async savePeople(people: { reference: string; candidateId: string; fingerprints: Fingerprints }[], importId: string, now: Date): Promise<void> {
    if (people.length === 0) return;
    await this.database.query(
      `INSERT INTO import_people (reference, candidate_id, fingerprints, import_id, updated_at)
       SELECT reference, candidate_id, fingerprints, $4, $5 FROM unnest($1::text[], $2::uuid[], $3::jsonb[]) AS p(reference, candidate_id, fingerprints)
       ON CONFLICT (reference) DO UPDATE SET fingerprints = EXCLUDED.fingerprints, import_id = EXCLUDED.import_id, updated_at = EXCLUDED.updated_at`,
      [
        people.map((person) => person.reference),
        people.map((person) => person.candidateId),
        people.map((person) => JSON.stringify(person.fingerprints)),
        importId,
        now,
      ],
    );
  }
}

/** Progress of a running commit, written beside its transaction on a connection of its own, so a poll sees it. */
export async function writeProgress(database: Database, id: string, done: number, total: number): Promise<void> {
  const client = await database.connect();
  try {
    await client.query(`UPDATE imports SET rows_done = least($2, rows_total), rows_total = $3 WHERE id = $1 AND status = 'queued'`, [id, done, total]);
  } finally {
    client.release();
  }
}
