/** One finding of a dry run, where a person finds it in the spreadsheet. */
export interface ImportProblem {
  /** The sheet's Dutch name (or the file for a problem with the file itself). */
  sheet: string;
  /** The spreadsheet's row number (1 is the heading row); null for the sheet or the file as a whole. */
  row: number | null;
  /** The column's Dutch heading; null when the problem is not one cell's. */
  column: string | null;
  /** An error stops the commit; a warning is history recorded as it happened. */
  severity: 'error' | 'warning';
  /** The rule the row breaks (e.g. R8), when it breaks one. */
  rule: string | null;
  message: string;
}

/** At most this many problems are kept and shown: a file with more needs fixing at the source first. */
export const MAX_PROBLEMS = 1000;

export class ProblemList {
  readonly items: ImportProblem[] = [];
  private dropped = 0;

  add(problem: ImportProblem): void {
    if (this.items.length < MAX_PROBLEMS) this.items.push(problem);
    else this.dropped += 1;
  }

  error(sheet: string, row: number | null, column: string | null, message: string, rule: string | null = null): void {
    this.add({ sheet, row, column, severity: 'error', rule, message });
  }

  warning(sheet: string, row: number | null, column: string | null, message: string, rule: string | null = null): void {
    this.add({ sheet, row, column, severity: 'warning', rule, message });
  }

  get errorCount(): number {
    return this.items.filter((problem) => problem.severity === 'error').length + this.dropped;
  }

  /** Problems beyond MAX_PROBLEMS, counted but not listed. */
  get droppedCount(): number {
    return this.dropped;
  }
}
