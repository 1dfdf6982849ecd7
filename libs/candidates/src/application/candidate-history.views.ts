import type { Stage } from '../domain/stage';

/** Who a person of the history is: reference, contact, degree, region and route (the workbook's columns). */
interface HistoricalCandidate {
  id: string;
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  degreeLevel: string;
  degreeField: string;
  region: string;
  route: string;
}

/** A person brought in from history (issue 15): contact, route and the stage path with the day of each step. */
export interface ImportedCandidate extends HistoricalCandidate {
  /** Chosen by the import, so the rows that follow (placements, programmes) can name it before it is written. */
  id: string;
  /** Applied first (from null), then each stage in the order of §3; the import checked the path. */
  steps: { from: Stage | null; to: Stage; at: Date; reason: string | null }[];
}

/** A person as the export writes them: contact, route, stage, and the last day each stage was reached. */
export interface ExportedCandidate extends HistoricalCandidate {
  stage: Stage;
  closingReason: string | null;
  appliedOn: string;
  /** By stage: the day (Amsterdam) of the last step into it. */
  stageDays: Partial<Record<Stage, string>>;
}
