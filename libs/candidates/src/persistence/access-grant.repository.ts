import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { AccessGrant, AccessParty } from '../application/candidate.views';

/** The candidate access grants: R14's scope and the disclosure log in one table. */
@Injectable()
export class AccessGrantRepository {
  constructor(private readonly database: Database) {}

  async insert(grant: AccessGrant, grantedBy: string | null, at: Date): Promise<string> {
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_by, granted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [grant.candidateId, grant.partyKind, grant.partyId, grant.purpose, grant.disclosed, grantedBy, at],
    );
    return row.id;
  }

  /** Ends the open grants of one party for one purpose; returns the ids it ended. */
  async revoke(candidateId: string, partyKind: AccessParty, partyId: string, purpose: string, at: Date): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `UPDATE candidate_access_grants SET revoked_at = $5
       WHERE candidate_id = $1 AND party_kind = $2 AND party_id = $3 AND purpose = $4 AND revoked_at IS NULL RETURNING id`,
      [candidateId, partyKind, partyId, purpose, at],
    );
    return rows.map((row) => row.id);
  }

  /** Ends every open grant of one kind of party, whatever its purpose; returns the ids it ended. */
  async revokeKind(candidateId: string, partyKind: AccessParty, at: Date): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `UPDATE candidate_access_grants SET revoked_at = $3 WHERE candidate_id = $1 AND party_kind = $2 AND revoked_at IS NULL RETURNING id`,
      [candidateId, partyKind, at],
    );
    return rows.map((row) => row.id);
  }
}
