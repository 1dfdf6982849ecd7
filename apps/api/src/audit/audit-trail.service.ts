import { Injectable } from '@nestjs/common';
import { AuditReader, type AuditRecord } from '@app/audit';
import { CandidateReader } from '@app/candidates';
import { ValidationFailedError, addDays, isUuid, parseCalendarDate, startOfDay, type Page } from '@app/shared';
import type { AuditListRequest } from './audit.request';

/** A search by name or reference that matches more candidates than this is refused: the page would hide rows. */
const MAX_MATCHED_CANDIDATES = 500;

export interface AuditTrailEntry extends AuditRecord {
  /** The candidate's name and reference when the entry is about a candidate that still exists. */
  candidate: { name: string; reference: string } | null;
}

/**
 * The audit page's query. It lives in the app because it joins two modules: candidates already
 * write to the audit log, so the audit library cannot import the candidates module.
 */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly audit: AuditReader,
    private readonly candidates: CandidateReader,
  ) {}

  async list(request: AuditListRequest): Promise<Page<AuditTrailEntry>> {
    const { from, until } = period(request.from, request.to);
    const page = await this.audit.list({
      entity: request.entity,
      entityId: request.entityId,
      candidateIds: await this.candidateIds(request),
      actorId: request.userId,
      from,
      until,
      cursor: request.cursor,
      limit: request.limit ?? 50,
    });
    const candidateIds = page.items.filter((item) => item.entity === 'candidate' && isUuid(item.entityId)).map((item) => item.entityId);
    const names = await this.candidates.names(candidateIds);
    return { ...page, items: page.items.map((item) => ({ ...item, candidate: item.entity === 'candidate' ? (names.get(item.entityId) ?? null) : null })) };
  }

  /** `candidateId` and `q` narrow each other; neither means every entity. */
  private async candidateIds(request: AuditListRequest): Promise<string[] | undefined> {
    if (!request.q) return request.candidateId ? [request.candidateId] : undefined;
    const matched = await this.candidates.idsMatching(request.q, MAX_MATCHED_CANDIDATES + 1);
    if (matched.length > MAX_MATCHED_CANDIDATES) {
      throw new ValidationFailedError([
        { field: 'q', message: 'Kandidaat (naam of referentie) past op te veel kandidaten: zoek op de referentie of een langere naam.' },
      ]);
    }
    return request.candidateId ? matched.filter((id) => id === request.candidateId) : matched;
  }
}

/** Calendar days in Amsterdam: from the start of `from` up to the end of `to`, both included. */
function period(fromText: string | undefined, toText: string | undefined): { from?: Date; until?: Date } {
  const from = fromText ? parseCalendarDate(fromText) : null;
  const to = toText ? parseCalendarDate(toText) : null;
  if (from && to && to < from) throw new ValidationFailedError([{ field: 'to', message: 'Tot en met mag niet vóór Van liggen.' }]);
  return { ...(from ? { from: startOfDay(from) } : {}), ...(to ? { until: startOfDay(addDays(to, 1)) } : {}) };
}
