import { Injectable } from '@nestjs/common';
import { Clock, DomainError, type Actor } from '@app/shared';
import { Database } from '@app/infra';
import { AuditService } from '@app/audit';
import { STAGE_COMMANDS, type Stage } from '../domain/stage';
import { CandidateHistoryRepository } from '../persistence/candidate-history.repository';
import type { ImportedCandidate, ExportedCandidate } from './candidate-history.views';
import type { AccessGrant } from './candidate.views';

const PRODUCT_REFERENCE = /^ZI-\d{4}-(\d+)$/;

/**
 * Import only (issue 15): writes history with past dates, inside the caller's unit of work, with
 * the importer as actor and every stage change kept as stage history and audit at its own moment.
 */
@Injectable()
export class CandidateHistoryService {
  constructor(
    private readonly database: Database,
    private readonly history: CandidateHistoryRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The candidates that hold these references. */
  byReferences(references: string[]): Promise<{ id: string; reference: string }[]> {
    return this.history.byReferences(references);
  }

  /** The open dossiers (R3) of these addresses: e-mail in lower case and reference. */
  openDossiers(emails: string[]): Promise<{ email: string; reference: string }[]> {
    return this.history.openDossiers(emails);
  }

  /** Export only (issue 15): the people not erased, optionally of one region or route, or only these ids. */
  exportRows(filter: { region: string | null; route: string | null; candidateIds: string[] | null }): Promise<ExportedCandidate[]> {
    return this.history.exportRows(filter);
  }

  /** Many people at once (one statement per table); an address with an open dossier meanwhile refuses the whole import (R3). */
  async importCandidates(actor: Actor, candidates: ImportedCandidate[]): Promise<void> {
    if (!this.database.inTransaction()) throw new Error('An import joins the unit of work of its commit');
    if (candidates.length === 0) return;
    const written = await this.history.insertMany(candidates, actor.userId, this.clock.now());
    const refused = candidates.find((candidate) => !written.has(candidate.id));
    if (refused) {
      throw new DomainError(
        'imports.open_dossier',
        'conflict',
        `R3: ${refused.email} hoort al bij een open dossier; referentie ${refused.reference} is niet ingelezen.`,
      );
    }
    const numbers = candidates.map((candidate) => Number(PRODUCT_REFERENCE.exec(candidate.reference)?.[1] ?? 0));
    const highest = Math.max(...numbers);
    if (highest > 0) await this.history.keepSequenceAhead(highest);
    await this.audit.recordHistory(
      actor,
      candidates.flatMap(({ id, steps: [applied, ...changes] }) => [
        {
          entity: 'candidate',
          entityId: id,
          action: 'import',
          changedFields: ['reference', 'firstName', 'lastName', 'email', 'phone', 'degreeLevel', 'degreeField', 'region', 'route'],
          at: applied.at,
        },
        ...changes.map((step) => ({
          entity: 'candidate',
          entityId: id,
          action: commandOf(step.from, step.to),
          changedFields: changedFieldsOf(step.to),
          at: step.at,
        })),
      ]),
    );
  }

  /** Import only: opens the people to the parties their history gave them (R14), each grant audited as `grant` is. */
  async importGrants(actor: Actor, grants: AccessGrant[]): Promise<void> {
    if (grants.length === 0) return;
    const now = this.clock.now();
    const ids = await this.history.insertGrants(grants, actor.userId, now);
    await this.audit.recordHistory(
      actor,
      ids.map((id) => ({
        entity: 'candidate_access_grant',
        entityId: id,
        action: 'grant',
        changedFields: ['candidateId', 'partyKind', 'partyId', 'purpose', 'disclosed'],
        at: now,
      })),
    );
  }

  /** A corrected file's contact details: name, address, phone, degree, region. */
  async importContact(actor: Actor, id: string, contact: Omit<ImportedCandidate, 'id' | 'reference' | 'route' | 'steps'>): Promise<void> {
    await this.history.updateContact(id, contact, this.clock.now());
    await this.audit.record(actor, {
      entity: 'candidate',
      entityId: id,
      action: 'import_update',
      changedFields: ['firstName', 'lastName', 'email', 'phone', 'degreeLevel', 'degreeField', 'region'],
    });
  }
}

function commandOf(from: Stage | null, to: Stage): string {
  const found = Object.entries(STAGE_COMMANDS).find(([, command]) => command.to === to && (command.from as readonly string[]).includes(from ?? ''));
  return found?.[0] ?? 'import';
}

function changedFieldsOf(to: Stage): string[] {
  return ['qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired'].includes(to) ? ['stage', 'closedAt', 'closingReason'] : ['stage'];
}
