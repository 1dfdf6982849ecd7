import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@app/shared';
import { CandidateHistoryService, type ImportedCandidate, type Stage } from '@app/candidates';
import { PlacementHistoryService, type ImportedPlacement } from '@app/placements';
import { ProgrammeHistoryService, type ImportedProgramme, type ProgrammeStatus } from '@app/programmes';
import { CoachingHistoryService, type ImportedSession } from '@app/coaching';
import { SurveyHistoryService, type ImportedAnswer, type SurveyOccasion } from '@app/surveys';
import { momentOf, type ImportPlan, type PersonPlan } from '../domain/import-plan';
import { ImportsRepository } from '../persistence/imports.repository';

/** People are written in chunks of this many: each table one statement per chunk. */
const CHUNK = 500;

/** A chunk of new people as the modules' import commands take them, with ids chosen here so rows can name each other. */
interface Chunk {
  candidates: ImportedCandidate[];
  placements: ImportedPlacement[];
  programmes: ImportedProgramme[];
  sessions: ImportedSession[];
  answers: ImportedAnswer[];
  people: { reference: string; candidateId: string; person: PersonPlan }[];
}

/**
 * Writes a checked plan through the modules' import-only commands, inside the caller's unit of
 * work: the capacity first, then the people in chunks (candidates with their stage path,
 * placements, programmes, sessions, answers), each table one statement per chunk. `progress` hears
 * the rows done after each chunk.
 */
@Injectable()
export class ImportWriter {
  constructor(
    private readonly candidates: CandidateHistoryService,
    private readonly placements: PlacementHistoryService,
    private readonly programmes: ProgrammeHistoryService,
    private readonly coaching: CoachingHistoryService,
    private readonly surveys: SurveyHistoryService,
    private readonly imports: ImportsRepository,
  ) {}

  async write(actor: Actor, importId: string, plan: ImportPlan, now: Date, progress: (done: number) => Promise<void>): Promise<void> {
    let done = 0;
    for (const capacity of plan.capacity) {
      if (capacity.action !== 'unchanged') await this.placements.importCapacity(actor, capacity.boardId, capacity.schoolYear, capacity.places);
      done += 1;
    }
    const changed = plan.people.filter((person) => person.action !== 'unchanged');
    for (let start = 0; start < changed.length; start += CHUNK) {
      const chunk: Chunk = { candidates: [], placements: [], programmes: [], sessions: [], answers: [], people: [] };
      for (const person of changed.slice(start, start + CHUNK)) {
        if (person.action === 'create') this.addNew(chunk, person, now);
        else await this.addUpdate(actor, chunk, person);
      }
      await this.candidates.importCandidates(actor, chunk.candidates);
      await this.placements.importPlacements(actor, chunk.placements);
      await this.programmes.importProgrammes(actor, chunk.programmes);
      await this.coaching.importSessions(actor, chunk.sessions);
      await this.surveys.importAnswers(actor, chunk.answers);
      await this.imports.savePeople(
        chunk.people.map(({ reference, candidateId, person }) => ({ reference, candidateId, fingerprints: person.fingerprints })),
        importId,
        now,
      );
      done += chunk.people.length + chunk.sessions.length + chunk.answers.length;
      await progress(done);
    }
  }

  /** A new person: every row, with ids chosen here. */
  private addNew(chunk: Chunk, person: PersonPlan, now: Date): void {
    const candidateId = randomUUID();
    const { steps, stage: _stage, ...contact } = person.candidate;
    void _stage;
    chunk.candidates.push({
      ...contact,
      id: candidateId,
      steps: steps.map((step) => ({ from: step.from as Stage | null, to: step.to as Stage, at: momentOf(step.on), reason: step.reason })),
    });
    const placementIds = person.placements.map((placement) => {
      const id = randomUUID();
      chunk.placements.push({
        ...placement,
        id,
        candidateId,
        // A planned placement (starting later) is recorded now, not on its start: it holds its place from today on.
        at: new Date(Math.min(momentOf(placement.startDate).getTime(), now.getTime())),
        endedAt: placement.endedOn === null ? null : momentOf(placement.endedOn),
      });
      return id;
    });
    const programmeIds: string[] = [];
    let chainStart: string | null = null;
    person.programmes.forEach((programme, index) => {
      const id = randomUUID();
      const placement = person.placements[programme.placementIndex];
      // After a route switch the programme continues the one before it, and keeps the cohort of the first.
      const follows = index > 0 && person.programmes[index - 1].status === 'route_switched';
      chainStart = follows && chainStart !== null ? chainStart : programme.startDate;
      chunk.programmes.push({
        ...programme,
        id,
        candidateId,
        previousProgrammeId: follows ? programmeIds[index - 1] : null,
        cohortStartDate: chainStart,
        status: programme.status as ProgrammeStatus,
        boardId: placement.boardId,
        placementId: placementIds[programme.placementIndex],
        placementStartDate: placement.startDate,
        at: momentOf(programme.startDate),
        endedAt: programme.endedOn === null ? null : momentOf(programme.endedOn),
      });
      programmeIds.push(id);
    });
    this.addActivity(chunk, person, candidateId, programmeIds);
  }

  /** A person an earlier import wrote: the corrected contact, and the sessions and answers that are new. */
  private async addUpdate(actor: Actor, chunk: Chunk, person: PersonPlan): Promise<void> {
    const candidateId = person.candidateId as string;
    if (person.updateContact) await this.candidates.importContact(actor, candidateId, person.candidate);
    const programmeIds =
      person.sessions.length + person.surveys.length > 0 ? (await this.programmes.programmesOf(candidateId)).map((programme) => programme.id) : [];
    this.addActivity(chunk, person, candidateId, programmeIds);
  }

  private addActivity(chunk: Chunk, person: PersonPlan, candidateId: string, programmeIds: string[]): void {
    for (const session of person.sessions) {
      chunk.sessions.push({
        programmeId: programmeIds[session.programmeIndex],
        date: session.date,
        minutes: session.minutes,
        kind: session.kind,
        note: session.note,
        at: momentOf(session.date),
      });
    }
    for (const survey of person.surveys) {
      chunk.answers.push({
        candidateId,
        programmeId: programmeIds[survey.programmeIndex],
        occasion: survey.occasion as SurveyOccasion,
        answeredOn: survey.answeredOn,
        score: survey.score,
        comment: survey.comment,
        at: momentOf(survey.answeredOn),
      });
    }
    chunk.people.push({ reference: person.reference, candidateId, person });
  }
}
