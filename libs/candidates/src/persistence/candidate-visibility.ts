import type { Actor } from '@app/shared';

/**
 * R14 as SQL: which candidates an actor may see. Central desk sees all; boards, institutes and
 * coaches see the candidates granted to them (panel, assessment, placement, programme).
 * Returns a condition on alias `c` and its parameters, numbered from `parameterIndex`.
 */
export function visibilityCondition(actor: Actor, parameterIndex: number): { sql: string; parameters: unknown[] } {
  if (actor.role === 'staff' || actor.role === 'admin' || actor.role === 'system') return { sql: 'TRUE', parameters: [] };
  // A candidate on their own page sees their own dossier and nothing else.
  if (actor.role === 'candidate')
    return actor.candidateId ? { sql: `c.id = $${parameterIndex}`, parameters: [actor.candidateId] } : { sql: 'FALSE', parameters: [] };
  const party = partyOf(actor);
  if (!party) return { sql: 'FALSE', parameters: [] };
  return {
    sql: `EXISTS (SELECT 1 FROM candidate_access_grants g WHERE g.candidate_id = c.id AND g.party_kind = $${parameterIndex}
            AND g.party_id = $${parameterIndex + 1} AND g.revoked_at IS NULL)`,
    parameters: [party.kind, party.id],
  };
}

function partyOf(actor: Actor): { kind: 'board' | 'institute' | 'coach'; id: string } | null {
  if (actor.role === 'board' && actor.boardId) return { kind: 'board', id: actor.boardId };
  if (actor.role === 'institute' && actor.instituteId) return { kind: 'institute', id: actor.instituteId };
  if (actor.role === 'coach' && actor.userId) return { kind: 'coach', id: actor.userId };
  return null;
}
