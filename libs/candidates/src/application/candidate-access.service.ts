import { Injectable } from '@nestjs/common';
import { Clock, type Actor } from '@app/shared';
import { AuditService } from '@app/audit';
import { AccessGrantRepository } from '../persistence/access-grant.repository';
import type { AccessGrant, AccessParty } from './candidate.views';

/**
 * Opens a candidate to a board, institute or coach (R14) and records the disclosure (R5: who,
 * what, when, why). Grants are revoked, never deleted, so the disclosure log stays complete.
 * Both run inside the caller's unit of work.
 */
@Injectable()
export class CandidateAccessService {
  constructor(
    private readonly grants: AccessGrantRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async grant(actor: Actor, grant: AccessGrant): Promise<void> {
    const id = await this.grants.insert(grant, actor.userId, this.clock.now());
    await this.audit.record(actor, {
      entity: 'candidate_access_grant',
      entityId: id,
      action: 'grant',
      changedFields: ['candidateId', 'partyKind', 'partyId', 'purpose', 'disclosed'],
    });
  }

  /** Ends the grants of one party for one purpose (e.g. a board removed from a panel). */
  async revoke(actor: Actor, candidateId: string, partyKind: AccessParty, partyId: string, purpose: string): Promise<void> {
    await this.recordRevocations(actor, await this.grants.revoke(candidateId, partyKind, partyId, purpose, this.clock.now()));
  }

  /** Ends the grants of every party of one kind, for any purpose (e.g. all boards when the candidate's path ends). */
  async revokeAll(actor: Actor, candidateId: string, partyKind: AccessParty): Promise<void> {
    await this.recordRevocations(actor, await this.grants.revokeKind(candidateId, partyKind, this.clock.now()));
  }

  private async recordRevocations(actor: Actor, grantIds: string[]): Promise<void> {
    for (const id of grantIds) {
      await this.audit.record(actor, { entity: 'candidate_access_grant', entityId: id, action: 'revoke', changedFields: ['revokedAt'] });
    }
  }
}
