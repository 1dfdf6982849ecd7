/**
 * The SQL of `CandidatesService.list()` and `.get()` for a central-desk reader (visibility `TRUE`),
 * copied from libs/candidates/src/application/candidates.service.ts. KEEP IT IDENTICAL: the bare
 * handler must run the product's queries, or the comparison measures SQL instead of the framework.
 * The benchmark checks that both servers answer with the same bodies before it measures.
 */
const LIST_COLUMNS = `c.id, c.reference, c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.region, c.stage,
  c.applied_at AS "appliedAt", c.updated_at AS "updatedAt"`;

export function listSql(withKeyset: boolean): string {
  const keyset = withKeyset ? `AND (c.applied_at, c.id) < ($4, $5::uuid)` : '';
  const limitParameter = withKeyset ? 6 : 4;
  return `SELECT ${LIST_COLUMNS} FROM candidates c
       WHERE ($1::text IS NULL OR c.stage = $1) AND ($2::text IS NULL OR c.region = $2)
         AND ($3::text IS NULL OR c.search_text LIKE $3) ${keyset} AND TRUE
       ORDER BY c.applied_at DESC, c.id DESC LIMIT $${limitParameter}`;
}

export const DETAIL_SQL = `SELECT ${LIST_COLUMNS}, c.phone, c.degree_level AS "degreeLevel", c.degree_field AS "degreeField",
         c.consent_to_keep AS "consentToKeep", c.previous_candidate_id AS "previousCandidateId", c.version,
         c.closing_reason AS "closingReason",
         COALESCE((SELECT json_agg(json_build_object('id', d.id, 'kind', d.kind, 'fileName', d.file_name,
             'mediaType', d.media_type, 'size', d.size_bytes, 'sha256', d.sha256) ORDER BY d.kind)
           FROM candidate_documents d WHERE d.candidate_id = c.id), '[]') AS documents,
         CASE WHEN $2::boolean THEN COALESCE((SELECT json_agg(json_build_object('partyKind', g.party_kind, 'partyId', g.party_id,
             'purpose', g.purpose, 'disclosed', g.disclosed, 'grantedBy', g.granted_by, 'grantedAt', g.granted_at,
             'revokedAt', g.revoked_at) ORDER BY g.granted_at)
           FROM candidate_access_grants g WHERE g.candidate_id = c.id), '[]') ELSE '[]' END AS disclosures
       FROM candidates c WHERE c.id = $1 AND TRUE`;

/** The desk commands the product offers per stage (DESK_COMMANDS filtered by the stage machine). */
const BEFORE_PROGRAMME = ['applied', 'screening', 'interview_scheduled', 'interview_passed', 'in_assessment', 'assessment_passed'];

export function deskCommands(stage: string): string[] {
  const commands: string[] = [];
  if (stage === 'applied') commands.push('screening');
  if (BEFORE_PROGRAMME.includes(stage)) commands.push('reject', 'withdraw');
  return commands;
}
