import { availableCommands, type Stage, type StageCommand } from '../domain/stage';
import type { CandidateListItem, CandidateSort } from '../application/candidate.views';

/*
 * The SQL of the candidate list and detail, in one place: CandidateRepository runs it, and the
 * benchmark's bare handler (bench/) runs the very same text, so the comparison measures the
 * framework and not different queries.
 */

/**
 * A timestamp as the ISO 8601 text the answer carries, '2026-03-02T09:15:00.123Z' (what
 * Date#toISOString writes). Formatted by PostgreSQL, the driver builds no Date to be turned back
 * into text: on a page of 50 candidates that was about a sixth of the request's CPU (bench/).
 */
const isoTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const LIST_COLUMNS = `c.id, c.reference, c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.region, c.stage,
  ${isoTime('c.applied_at')} AS "appliedAt", ${isoTime('c.updated_at')} AS "updatedAt", ${isoTime('c.stage_changed_at')} AS "stageChangedAt",
  ${isoTime('c.erased_at')} AS "erasedAt", c.version`;

/** The list query's columns in their order: LIST_COLUMNS, the keyset key and, when counted, the total. */
export function candidateListColumns(counted: boolean): readonly string[] {
  return counted ? LIST_ROW_COLUMNS_COUNTED : LIST_ROW_COLUMNS;
}

const LIST_ROW_COLUMNS = [
  'id',
  'reference',
  'firstName',
  'lastName',
  'email',
  'region',
  'stage',
  'appliedAt',
  'updatedAt',
  'stageChangedAt',
  'erasedAt',
  'version',
  'sortKey',
] as const satisfies readonly (keyof CandidateListItem | 'sortKey')[];
const LIST_ROW_COLUMNS_COUNTED = [...LIST_ROW_COLUMNS, 'total'] as const;

/** Where each of the list's columns is in a row (the order above, the one place it is written). */
const AT = Object.fromEntries(LIST_ROW_COLUMNS_COUNTED.map((name, index) => [name, index])) as Record<(typeof LIST_ROW_COLUMNS_COUNTED)[number], number>;

/**
 * A list row read by position (Database.queryValues checked the columns against candidateListColumns):
 * the item holds what the view declares and nothing the query adds, and every item has one shape.
 */
export function candidateListRow(values: unknown[]): { item: CandidateListItem; sortKey: string; total: number | null } {
  const item: CandidateListItem = {
    id: values[AT.id] as string,
    reference: values[AT.reference] as string,
    firstName: values[AT.firstName] as string,
    lastName: values[AT.lastName] as string,
    email: values[AT.email] as string,
    region: values[AT.region] as CandidateListItem['region'],
    stage: values[AT.stage] as CandidateListItem['stage'],
    appliedAt: values[AT.appliedAt] as CandidateListItem['appliedAt'],
    updatedAt: values[AT.updatedAt] as CandidateListItem['updatedAt'],
    stageChangedAt: values[AT.stageChangedAt] as CandidateListItem['stageChangedAt'],
    erasedAt: values[AT.erasedAt] as CandidateListItem['erasedAt'],
    version: values[AT.version] as number,
  };
  return { item, sortKey: values[AT.sortKey] as string, total: (values[AT.total] as number | undefined) ?? null };
}

/** Per sort its key column (also what the keyset position holds) and direction; the id breaks ties. Each has an index (migrations). */
const SORT_KEYS: Record<CandidateSort, { column: string; direction: 'ASC' | 'DESC'; keyType: string }> = {
  appliedAt: { column: 'c.applied_at', direction: 'DESC', keyType: 'timestamptz' },
  name: { column: 'c.name_key', direction: 'ASC', keyType: 'text' },
  daysInStage: { column: 'c.stage_changed_at', direction: 'ASC', keyType: 'timestamptz' },
};

/**
 * $1 stage, $2 region, $3 search pattern; with a keyset position its sort key and id at
 * `keysetIndex` and the next; the visibility condition's own parameters; the limit at `limitIndex`.
 * Every row carries `sortKey` (the keyset position of the next page); the first page (no keyset
 * position) also carries `total`, the count of all matching rows within scope, so a deep page
 * stays a pure keyset read.
 */
export function candidateListSql(
  keysetIndex: number | null,
  visibilitySql: string,
  limitIndex: number,
  sort: CandidateSort = 'appliedAt',
  withTotal = false,
): string {
  return remembered(`list ${sort} ${keysetIndex} ${limitIndex} ${withTotal} ${visibilitySql}`, () =>
    buildListSql(keysetIndex, visibilitySql, limitIndex, sort, withTotal),
  );
}

function buildListSql(keysetIndex: number | null, visibilitySql: string, limitIndex: number, sort: CandidateSort, withTotal: boolean): string {
  const { column, direction, keyType } = SORT_KEYS[sort];
  const comparison = direction === 'DESC' ? '<' : '>';
  const keyset = keysetIndex === null ? '' : `AND (${column}, c.id) ${comparison} ($${keysetIndex}::${keyType}, $${keysetIndex + 1}::uuid)`;
  const filters = `($1::text IS NULL OR c.stage = $1) AND ($2::text IS NULL OR c.region = $2) AND ($3::text IS NULL OR c.search_text LIKE $3)`;
  // Timestamps to the microsecond, as stored: a key cut to milliseconds could skip rows between pages.
  const sortKey = keyType === 'timestamptz' ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : column;
  // A count scans every matching row (some 24 ms of PostgreSQL CPU at 50,000 candidates: bench/): only when asked.
  const total = withTotal && keysetIndex === null ? `, (SELECT count(*)::int FROM candidates c WHERE ${filters} AND ${visibilitySql}) AS total` : '';
  return `SELECT ${LIST_COLUMNS}, ${sortKey} AS "sortKey"${total} FROM candidates c
       WHERE ${filters} ${keyset} AND ${visibilitySql}
       ORDER BY ${column} ${direction}, c.id ${direction} LIMIT $${limitIndex}`;
}

/** $1 candidate id, $2 whether the reader is the central desk (sees disclosures); visibility parameters from $3. */
export function candidateDetailSql(visibilitySql: string): string {
  return remembered(`detail ${visibilitySql}`, () => buildDetailSql(visibilitySql));
}

function buildDetailSql(visibilitySql: string): string {
  return `SELECT ${LIST_COLUMNS}, c.route, c.phone, c.degree_level AS "degreeLevel", c.degree_field AS "degreeField",
         c.consent_to_keep AS "consentToKeep", c.previous_candidate_id AS "previousCandidateId",
         c.closing_reason AS "closingReason", c.source, c.source_detail AS "sourceDetail",
         COALESCE((SELECT json_agg(json_build_object('id', d.id, 'kind', d.kind, 'fileName', d.file_name,
             'mediaType', d.media_type, 'size', d.size_bytes, 'sha256', d.sha256) ORDER BY d.kind)
           FROM candidate_documents d WHERE d.candidate_id = c.id), '[]') AS documents,
         CASE WHEN $2::boolean THEN COALESCE((SELECT json_agg(json_build_object('id', g.id, 'partyKind', g.party_kind, 'partyId', g.party_id,
             'purpose', g.purpose, 'disclosed', g.disclosed, 'grantedBy', g.granted_by, 'grantedAt', ${isoTime('g.granted_at')},
             'revokedAt', ${isoTime('g.revoked_at')}) ORDER BY g.granted_at)
           FROM candidate_access_grants g WHERE g.candidate_id = c.id), '[]') ELSE '[]' END AS disclosures
       FROM candidates c WHERE c.id = $1 AND ${visibilitySql}`;
}

/**
 * The texts are built once per shape and kept: a request then hands pg a flat string it has seen
 * before instead of a freshly concatenated one. The shapes are few (a handful of visibility
 * conditions, with or without a keyset position), so the map stays small.
 */
const builtSql = new Map<string, string>();

function remembered(shape: string, build: () => string): string {
  let sql = builtSql.get(shape);
  if (sql === undefined) builtSql.set(shape, (sql = build()));
  return sql;
}

/** Commands the HTTP API offers from this module; later modules add theirs through their own endpoints. */
const DESK_COMMANDS: readonly StageCommand[] = ['screening', 'reject', 'withdraw'];

/** The desk commands the candidate page offers at this stage. */
export function deskCommands(stage: Stage): StageCommand[] {
  return availableCommands(stage).filter((command) => DESK_COMMANDS.includes(command));
}
