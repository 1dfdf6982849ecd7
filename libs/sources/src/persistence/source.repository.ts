import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/infra';
import { DuplicateSourceError } from '../domain/sources.errors';
import type { NewSource, SourceChanges, SourceView } from '../application/source.views';

const COLUMNS = `code, label, asks_detail AS "asksDetail", active, position`;

/** All SQL of the application sources. */
@Injectable()
export class SourceRepository {
  constructor(private readonly database: Database) {}

  list(onlyActive: boolean): Promise<SourceView[]> {
    return this.database.query<SourceView>(`SELECT ${COLUMNS} FROM application_sources WHERE active OR NOT $1::boolean ORDER BY position, code`, [onlyActive]);
  }

  async get(code: string): Promise<SourceView | null> {
    const [row] = await this.database.query<SourceView>(`SELECT ${COLUMNS} FROM application_sources WHERE code = $1`, [code]);
    return row ?? null;
  }

  /** A new source goes last on the list. */
  async insert(source: NewSource, now: Date): Promise<SourceView> {
    const [row] = await this.database
      .query<SourceView>(
        `INSERT INTO application_sources (code, label, asks_detail, position, created_at, updated_at)
         VALUES ($1, $2, $3, (SELECT COALESCE(max(position), 0) + 1 FROM application_sources), $4, $4) RETURNING ${COLUMNS}`,
        [source.code, source.label, source.asksDetail ?? false, now],
      )
      .catch(refuseDuplicate);
    return row;
  }

  /** Null when there is no source with this code. */
  async update(code: string, changes: SourceChanges, now: Date): Promise<SourceView | null> {
    const [row] = await this.database
      .query<SourceView>(
        `UPDATE application_sources SET label = COALESCE($2, label), asks_detail = COALESCE($3, asks_detail), active = COALESCE($4, active),
           position = COALESCE($5, position), updated_at = $6, version = version + 1
         WHERE code = $1 RETURNING ${COLUMNS}`,
        [code, changes.label ?? null, changes.asksDetail ?? null, changes.active ?? null, changes.position ?? null, now],
      )
      .catch(refuseDuplicate);
    return row ?? null;
  }
}

function refuseDuplicate(error: unknown): never {
  if (isUniqueViolation(error, 'application_sources_pkey')) throw new DuplicateSourceError('code');
  if (isUniqueViolation(error, 'application_sources_label_key')) throw new DuplicateSourceError('label');
  throw error;
}
