/** A placement as the export writes it. */
export interface ExportedPlacement {
  candidateId: string;
  boardId: string;
  schoolId: string;
  startDate: string;
  fte: number;
  supernumerary: boolean;
  endedOn: string | null;
  endReason: string | null;
}

/** A placement as it happened (issue 15); `at` is the moment its audit row carries (its start). */
export interface ImportedPlacement extends ExportedPlacement {
  /** Chosen by the import, so a programme can name its placement before it is written. */
  id: string;
  at: Date;
  endedAt: Date | null;
}
