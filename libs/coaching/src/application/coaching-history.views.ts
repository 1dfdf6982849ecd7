/** A coaching session as it happened (issue 15); the import checked R10 against its programme. */
export interface ImportedSession {
  programmeId: string;
  date: string;
  minutes: number;
  kind: string;
  note: string;
  /** The moment its audit row carries: the day of the session. */
  at: Date;
}

export interface ExportedSession {
  programmeId: string;
  date: string;
  minutes: number;
  kind: string;
  note: string;
}
