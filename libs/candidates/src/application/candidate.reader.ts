import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationFailedError, decodeCursor, encodeCursor, isCentralDesk, isUuid, type Actor, type Page } from '@app/shared';
import { STAGES, type Stage } from '../domain/stage';
import { detailForParty, historyForParty } from '../domain/party-projection';
import { deskCommands } from '../persistence/candidate.queries';
import { CandidateRepository } from '../persistence/candidate.repository';
import type {
  CandidateColumn,
  CandidateColumnsQuery,
  CandidateContact,
  CandidateDetail,
  CandidateDocumentView,
  CandidateListItem,
  CandidateListQuery,
  StageHistoryEntry,
} from './candidate.views';

/** Reading candidates within the reader's scope (R14): what is out of scope answers 404, like what does not exist. */
@Injectable()
export class CandidateReader {
  constructor(private readonly candidates: CandidateRepository) {}

  async list(actor: Actor, query: CandidateListQuery): Promise<Page<CandidateListItem>> {
    const rows = await this.candidates.list(actor, {
      stage: query.stage ?? null,
      region: query.region ?? null,
      searchPattern: searchPattern(query.q),
      before: query.cursor ? keysetPosition(query.cursor) : null,
      limit: query.limit + 1,
    });
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > query.limit && last ? encodeCursor({ sortKey: last.appliedAt, id: last.id }) : null;
    return { items, nextCursor };
  }

  async stageCounts(actor: Actor): Promise<Record<string, number>> {
    return Object.fromEntries(await this.candidates.stageCounts(actor));
  }

  /** Every stage in pipeline order with its count and newest candidates: the columns view in one query. */
  async columns(actor: Actor, query: CandidateColumnsQuery): Promise<CandidateColumn[]> {
    const rows = await this.candidates.columns(actor, { region: query.region ?? null, searchPattern: searchPattern(query.q), perStage: query.perStage });
    const byStage = new Map(rows.map((row) => [row.stage, row]));
    return STAGES.map((stage: Stage) => ({ stage, count: byStage.get(stage)?.count ?? 0, items: byStage.get(stage)?.items ?? [] }));
  }

  /**
   * One round trip: the candidate with documents (and, for the desk, disclosures), within scope;
   * another party reads its projection (domain/party-projection.ts).
   */
  async get(actor: Actor, id: string): Promise<CandidateDetail> {
    if (!isUuid(id)) throw new NotFoundError('candidate');
    const centralDesk = isCentralDesk(actor);
    const candidate = await this.candidates.detail(actor, id, centralDesk);
    if (!candidate) throw new NotFoundError('candidate');
    if (centralDesk) return { ...candidate, allowedCommands: deskCommands(candidate.stage) };
    const previousVisible = candidate.previousCandidateId !== null && (await this.candidates.isVisible(actor, candidate.previousCandidateId));
    return { ...detailForParty(candidate, previousVisible), allowedCommands: [] };
  }

  async history(actor: Actor, id: string): Promise<StageHistoryEntry[]> {
    await this.assertVisible(actor, id);
    const entries = await this.candidates.history(id);
    const visible = isCentralDesk(actor) ? entries : historyForParty(actor, entries);
    return visible.map(({ fromStage, toStage, actorId, actorName, at, reason }) => ({ fromStage, toStage, actorId, actorName, at, reason }));
  }

  /** The document's metadata when the actor may see the candidate; 404 otherwise. */
  async document(actor: Actor, candidateId: string, documentId: string): Promise<CandidateDocumentView & { storageKey: string }> {
    await this.assertVisible(actor, candidateId);
    const document = isUuid(documentId) ? await this.candidates.document(candidateId, documentId) : null;
    if (!document) throw new NotFoundError('document');
    return document;
  }

  /** 404 for an id that does not exist and for one outside the actor's scope alike. */
  async assertVisible(actor: Actor, id: string): Promise<void> {
    if (!isUuid(id) || !(await this.candidates.isVisible(actor, id))) throw new NotFoundError('candidate');
  }

  /** For jobs: who to write to; null when the candidate is gone (erased). */
  contact(candidateId: string): Promise<CandidateContact | null> {
    return this.candidates.contact(candidateId);
  }

  /** Display names and references of the given candidates, for lists of other modules. */
  async names(ids: string[]): Promise<Map<string, { name: string; reference: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.candidates.names([...new Set(ids)]);
    return new Map(rows.map((row) => [row.id, { name: row.name, reference: row.reference }]));
  }
}

function searchPattern(q: string | undefined): string | null {
  return q ? `%${q.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
}

function keysetPosition(cursor: string): { appliedAt: Date; id: string } {
  const position = decodeCursor(cursor);
  const appliedAt = new Date(position.sortKey);
  // The year bound keeps dates JavaScript accepts but PostgreSQL does not out of the query.
  const year = appliedAt.getUTCFullYear();
  if (!isUuid(position.id) || Number.isNaN(appliedAt.getTime()) || year < 1900 || year > 9999) {
    throw new ValidationFailedError([{ field: 'cursor', message: 'cursor is ongeldig; gebruik de nextCursor uit een eerder antwoord.' }]);
  }
  return { appliedAt, id: position.id };
}
