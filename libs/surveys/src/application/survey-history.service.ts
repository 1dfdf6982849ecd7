import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '@app/shared';
import { Database } from '@app/infra';
import { AuditService } from '@app/audit';
import { linkExpiresAt } from '../domain/survey';
import { SurveyHistoryRepository } from '../persistence/survey-history.repository';
import { SurveyLinks } from './survey-links';
import type { ImportedAnswer, ExportedAnswer } from './survey-history.views';

/**
 * Import only (issue 15): answered surveys of the past, in the caller's unit of work. Each gets a
 * link nobody holds (the hash of a random token), so it can never be answered again.
 */
@Injectable()
export class SurveyHistoryService {
  constructor(
    private readonly database: Database,
    private readonly history: SurveyHistoryRepository,
    private readonly links: SurveyLinks,
    private readonly audit: AuditService,
  ) {}

  /** Export only (issue 15): the answered surveys of these candidates. */
  exportRows(candidateIds: string[]): Promise<ExportedAnswer[]> {
    return this.history.exportRows(candidateIds);
  }

  async importAnswers(actor: Actor, answers: ImportedAnswer[]): Promise<void> {
    if (!this.database.inTransaction()) throw new Error('An import joins the unit of work of its commit');
    if (answers.length === 0) return;
    const rows = answers.map((answer) => ({
      ...answer,
      id: randomUUID(),
      tokenHash: this.links.hashOf(randomBytes(32).toString('base64url')),
      expiresAt: linkExpiresAt(answer.at),
    }));
    const inserted = new Set(await this.history.insertMany(rows));
    await this.audit.recordHistory(
      actor,
      rows
        .filter((row) => inserted.has(row.id))
        .map((row) => ({
          entity: 'satisfaction_survey',
          entityId: row.id,
          action: 'answer',
          changedFields: row.comment === null ? ['score'] : ['score', 'comment'],
          at: row.at,
        })),
    );
  }
}
