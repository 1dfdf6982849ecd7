import type { ImportCounts } from '../domain/import-plan';
import type { ImportProblem } from '../domain/import-problems';

/** checked: dry run done; refused: the dry run found errors; queued: the worker commits it; committed; failed. */
export type ImportStatus = 'checked' | 'refused' | 'queued' | 'committed' | 'failed';

export interface ImportRow {
  id: string;
  fileName: string;
  fileKind: 'xlsx' | 'csv';
  sizeBytes: number;
  storageKey: string | null;
  uploadedBy: string;
  uploadedByName: string;
  uploadedAt: Date;
  status: ImportStatus;
  counts: ImportCounts | null;
  problems: ImportProblem[];
  errorCount: number;
  warningCount: number;
  rowsTotal: number;
  rowsDone: number;
  committedBy: string | null;
  commitRequestedAt: Date | null;
  committedAt: Date | null;
  failure: string | null;
}

/** An import as the API shows it: the dry run's counts and problems, and the commit's progress. */
export type ImportView = Omit<ImportRow, 'storageKey' | 'uploadedBy' | 'uploadedByName'> & {
  uploadedBy: { id: string; name: string };
  /** Each person's planned change (create / update with what changes); only in the answer to the upload. */
  changes?: { reference: string; action: 'create' | 'update'; changes: string[] }[];
};

export function importView(row: ImportRow): ImportView {
  const { storageKey: _key, uploadedBy, uploadedByName, ...rest } = row;
  void _key;
  return { ...rest, uploadedBy: { id: uploadedBy, name: uploadedByName } };
}
