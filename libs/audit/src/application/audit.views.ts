export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  /** Names of the fields that changed; never their values (documents and passwords stay out). */
  changedFields: string[];
}

export interface AuditRecord extends AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  /** Only rows about these candidates (entity `candidate`); an empty list matches nothing. */
  candidateIds?: string[];
  /** Only rows by this user. */
  actorId?: string;
  /** Only rows at or after `from` and before `until`. */
  from?: Date;
  until?: Date;
  cursor?: string;
  limit: number;
}

/** A user who appears in the log as the one who acted: for the page's user filter. */
export interface AuditActor {
  id: string;
  name: string;
  role: string;
}
