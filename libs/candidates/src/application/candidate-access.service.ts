import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, type Actor } from '@app/shared';
import { AuditService } from '@app/audit';

export type AccessParty = 'board' | 'institute' | 'coach';

export interface AccessGrant {
  candidateId: string;
  partyKind: AccessParty;
  partyId: string;
  /** Why the party may see the candidate, e.g. 'selection_panel'; shown in the disclosure log. */
  purpose: string;
  /** What is disclosed, in words a person reads, e.g. 'naam, motivatiebrief, cv'. */
  disclosed: string;
}

/**
 * Opens a candidate to a board, institute or coach (R14) and records the disclosure (R5: who,
 * what, when, why). Grants are revoked, never deleted, so the disclosure log stays complete.
 */
@Injectable()
export class CandidateAccessService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async grant(manager: EntityManager, actor: Actor, grant: AccessGrant): Promise<void> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_by, granted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [grant.candidateId, grant.partyKind, grant.partyId, grant.purpose, grant.disclosed, actor.userId, this.clock.now()],
    );
    await this.audit.record(manager, actor, {
      entity: 'candidate_access_grant',
      entityId: row.id,
      action: 'grant',
      changedFields: ['candidateId', 'partyKind', 'partyId', 'purpose', 'disclosed'],
    });
  }

  /** Ends the grants of one party for one purpose (e.g. a board removed from a panel). */
  async revoke(manager: EntityManager, actor: Actor, candidateId: string, partyKind: AccessParty, partyId: string, purpose: string): Promise<void> {
    const rows: { id: string }[] = await manager.query(
      // Wrapped in a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
      `WITH revoked AS (
         UPDATE candidate_access_grants SET revoked_at = $5
         WHERE candidate_id = $1 AND party_kind = $2 AND party_id = $3 AND purpose = $4 AND revoked_at IS NULL RETURNING id)
       SELECT id FROM revoked`,
      [candidateId, partyKind, partyId, purpose, this.clock.now()],
    );
    for (const row of rows) {
      await this.audit.record(manager, actor, { entity: 'candidate_access_grant', entityId: row.id, action: 'revoke', changedFields: ['revokedAt'] });
    }
  }
}
