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
  CandidateSort,
  StageHistoryEntry,
} from './candidate.views';

/** Reading candidates within the reader's scope (R14): what is out of scope answers 404, like what does not exist. */
@Injectable()
export class CandidateReader {
  constructor(private readonly candidates: CandidateRepository) {}

  /** A page in the chosen order; asked for, the first page (no cursor) also counts all matching candidates within scope. */
  async list(actor: Actor, query: CandidateListQuery): Promise<Page<CandidateListItem> & { total: number | null }> {
    const sort = query.sort ?? 'appliedAt';
    const rows = await this.candidates.list(actor, {
      stage: query.stage ?? null,
      region: query.region ?? null,
      searchPattern: searchPattern(query.q),
      sort,
      after: query.cursor ? keysetPosition(query.cursor, sort) : null,
      limit: query.limit + 1,
      withTotal: (query.withTotal ?? false) && !query.cursor,
    });
    const items: CandidateListItem[] = [];
    for (let index = 0; index < rows.length && index < query.limit; index += 1) items.push(rows[index].item);
    const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
    const nextCursor = last ? encodeCursor({ sortKey: cursorKey(sort, last.sortKey), id: last.item.id }) : null;
    const total = query.withTotal && !query.cursor ? (rows[0]?.total ?? 0) : null;
    return { items, nextCursor, total };
  }

  async stageCounts(actor: Actor): Promise<Record<string, number>> {
    return Object.fromEntries(await this.candidates.stageCounts(actor));
  }

  /** Every stage in pipeline order with its count and newest candidates: the columns view in one query. */
  async columns(actor: Actor, query: CandidateColumnsQuery): Promise<CandidateColumn[]> {
    const rows = await this.candidates.columns(actor, {
      stage: query.stage ?? null,
      region: query.region ?? null,
      searchPattern: searchPattern(query.q),
      perStage: query.perStage,
    });
    const byStage = new Map(rows.map((row) => [row.stage, row]));
    // With a stage filter only that column, as the list then shows only that stage.
    const stages = query.stage ? [query.stage] : STAGES;
    return stages.map((stage: Stage) => ({ stage, count: byStage.get(stage)?.count ?? 0, items: byStage.get(stage)?.items ?? [] }));
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

  /**
   * For the candidate's own page: the newest dossier of this address that was not erased, in any
   * case of the address; null when there is none. The caller tells nobody which it was.
   */
  latestKeptByEmail(email: string): Promise<string | null> {
    return this.candidates.latestKeptByEmail(email);
  }

  /** For jobs: who to write to; null when the candidate is gone (erased). */
  contact(candidateId: string): Promise<CandidateContact | null> {
    return this.candidates.contact(candidateId);
  }

  /**
   * For other modules' filters: the ids of the candidates whose reference, name or e-mail address
   * contains `q`, at most `limit` of them (one more tells the caller the search is too wide).
   */
  idsMatching(q: string, limit: number): Promise<string[]> {
    const pattern = searchPattern(q.trim());
    return pattern ? this.candidates.idsMatching(pattern, limit) : Promise.resolve([]);
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

/*
 * The cursor names its sort: the default order's key is the applied time as it always was; the
 * others carry their sort's name in front ('name:jansen piet'), so a cursor of one order is
 * refused by another instead of silently skipping rows.
 */
function cursorKey(sort: CandidateSort, key: string): string {
  return sort === 'appliedAt' ? key : `${sort}:${key}`;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,6})?Z$/;

function keysetPosition(cursor: string, sort: CandidateSort): { sortKey: string; id: string } {
  const position = decodeCursor(cursor);
  const prefix = sort === 'appliedAt' ? '' : `${sort}:`;
  const key = position.sortKey.startsWith(prefix) ? position.sortKey.slice(prefix.length) : null;
  if (key === null || !isUuid(position.id) || (sort !== 'name' && !isTimestamp(key))) {
    throw new ValidationFailedError([
      { field: 'cursor', message: 'Vervolgpagina is ongeldig; vraag de lijst opnieuw op vanaf de eerste pagina, met dezelfde sortering.' },
    ]);
  }
  return { sortKey: key, id: position.id };
}

/**
 * A UTC timestamp PostgreSQL accepts: a day that exists, in a year from 1900 (the bound keeps dates
 * JavaScript accepts but PostgreSQL does not out of the query). Checked by its parts, not by
 * `new Date(key)`: V8 rolls 30 February over to 2 March, and PostgreSQL refused that cursor with a 500.
 */
function isTimestamp(key: string): boolean {
  const match = TIMESTAMP.exec(key);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Day 0 of the next month is the last day of this one.
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
