import { startOfDay, type CalendarDate } from '@app/shared';

/** The moment history written from a day carries: noon in Amsterdam, the same day in any reading of it. */
export function momentOf(day: CalendarDate): Date {
  return new Date(startOfDay(day).getTime() + 12 * 3600 * 1000);
}

/** What the workbook says about one person, checked and ready to write (dates as calendar days). */
export interface CandidateHistory {
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  degreeLevel: string;
  degreeField: string;
  region: string;
  route: string;
  /** The stage path from the dates: each step with its day and, where it ends a path, its reason. */
  steps: { from: string | null; to: string; on: CalendarDate; reason: string | null }[];
  stage: string;
}

export interface PlacementHistory {
  boardId: string;
  schoolId: string;
  startDate: CalendarDate;
  fte: number;
  supernumerary: boolean;
  endedOn: CalendarDate | null;
  endReason: string | null;
}

export interface ProgrammeHistory {
  route: string;
  durationMonths: number;
  startDate: CalendarDate;
  conductCertificateDate: CalendarDate | null;
  status: string;
  endedOn: CalendarDate | null;
  dropoutReason: string | null;
  extensionMonths: number;
  extensionReason: string | null;
  /** Index into the person's placements: the placement the programme runs in. */
  placementIndex: number;
  subsidy: { appliedOn: CalendarDate; amount: number; decision: string | null; decidedOn: CalendarDate | null; amountSpent: number } | null;
}

export interface SessionHistory {
  /** Index into the person's programmes (by start date). */
  programmeIndex: number;
  date: CalendarDate;
  minutes: number;
  kind: string;
  note: string;
}

export interface SurveyHistory {
  programmeIndex: number;
  occasion: string;
  answeredOn: CalendarDate;
  score: number;
  comment: string | null;
}

/** Fingerprints of a person's rows as last imported: what a later import compares against. */
export interface Fingerprints {
  contact: string;
  path: string;
  placements: string[];
  programmes: string[];
  sessions: string[];
  surveys: string[];
}

export type PersonAction = 'create' | 'update' | 'unchanged';

export interface PersonPlan {
  reference: string;
  action: PersonAction;
  /** The existing candidate (update, unchanged). */
  candidateId: string | null;
  candidate: CandidateHistory;
  /** For `create` everything; for `update` only the contact changes and the rows that are new. */
  updateContact: boolean;
  placements: PlacementHistory[];
  programmes: ProgrammeHistory[];
  sessions: SessionHistory[];
  surveys: SurveyHistory[];
  fingerprints: Fingerprints;
  /** What changes, in Dutch, for the dry run's answer. */
  changes: string[];
}

export interface CapacityPlan {
  boardId: string;
  boardName: string;
  schoolYear: string;
  places: number;
  action: 'create' | 'update' | 'unchanged';
}

export interface ImportCounts {
  people: { create: number; update: number; unchanged: number };
  placements: number;
  programmes: number;
  sessions: number;
  surveys: number;
  capacity: { create: number; update: number; unchanged: number };
}

export interface ImportPlan {
  people: PersonPlan[];
  capacity: CapacityPlan[];
  counts: ImportCounts;
  /** The rows a commit works through (for its progress). */
  rowsTotal: number;
}

export function countPlan(people: PersonPlan[], capacity: CapacityPlan[]): ImportCounts {
  const tally = <T extends string>(items: { action: T }[], action: T) => items.filter((item) => item.action === action).length;
  return {
    people: { create: tally(people, 'create'), update: tally(people, 'update'), unchanged: tally(people, 'unchanged') },
    placements: people.reduce((sum, person) => sum + person.placements.length, 0),
    programmes: people.reduce((sum, person) => sum + person.programmes.length, 0),
    sessions: people.reduce((sum, person) => sum + person.sessions.length, 0),
    surveys: people.reduce((sum, person) => sum + person.surveys.length, 0),
    capacity: { create: tally(capacity, 'create'), update: tally(capacity, 'update'), unchanged: tally(capacity, 'unchanged') },
  };
}
