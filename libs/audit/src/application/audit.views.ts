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
  cursor?: string;
  limit: number;
}
