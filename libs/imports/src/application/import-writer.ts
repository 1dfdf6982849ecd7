import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { CandidateHistoryService, type Stage } from '@app/candidates';
import { PlacementHistoryService } from '@app/placements';
import { ProgrammeHistoryService, type ProgrammeStatus } from '@app/programmes';
import { CoachingHistoryService, type ImportedSession } from '@app/coaching';
import { SurveyHistoryService, type ImportedAnswer, type SurveyOccasion } from '@app/surveys';
import { momentOf, type ImportPlan, type PersonPlan } from '../domain/import-plan';
import { ImportsRepository } from '../persistence/imports.repository';

/** Sessions and answers are written in batches of this many rows (one statement each). */
const BATCH = 5000;

/**
 * Writes a checked plan through the modules' import-only commands, inside the caller's unit of
 * work: the capacity first, then per person the candidate with its stage path, placements,
 * programmes (a route switch's successor linked to the one before), and the sessions and answers
 * in batches. `progress` hears the rows done.
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
    let sessions: ImportedSession[] = [];
    let answers: ImportedAnswer[] = [];
    const flush = async (all: boolean) => {
      if (sessions.length >= BATCH || (all && sessions.length > 0)) {
        await this.coaching.importSessions(actor, sessions);
        done += sessions.length;
        sessions = [];
      }
      if (answers.length >= BATCH || (all && answers.length > 0)) {
        await this.surveys.importAnswers(actor, answers);
        done += answers.length;
        answers = [];
      }
    };
    let reported = 0;
    for (const person of plan.people) {
      if (person.action === 'unchanged') continue;
      const { candidateId, programmeIds } = person.action === 'create' ? await this.create(actor, person) : await this.update(actor, person);
      for (const session of person.sessions) {
        sessions.push({
          programmeId: programmeIds[session.programmeIndex],
          date: session.date,
          minutes: session.minutes,
          kind: session.kind,
          note: session.note,
          at: momentOf(session.date),
        });
      }
      for (const survey of person.surveys) {
        answers.push({
          candidateId,
          programmeId: programmeIds[survey.programmeIndex],
          occasion: survey.occasion as SurveyOccasion,
          answeredOn: survey.answeredOn,
          score: survey.score,
          comment: survey.comment,
          at: momentOf(survey.answeredOn),
        });
      }
      await this.imports.savePerson(person.reference, candidateId, person.fingerprints, importId, now);
      done += 1;
      await flush(false);
      if (done - reported >= 200) {
        reported = done;
        await progress(done);
      }
    }
    await flush(true);
    await progress(done);
  }

  private async create(actor: Actor, person: PersonPlan): Promise<{ candidateId: string; programmeIds: string[] }> {
    const { steps, stage: _stage, ...contact } = person.candidate;
    void _stage;
    const candidateId = await this.candidates.importCandidate(actor, {
      ...contact,
      steps: steps.map((step) => ({ from: step.from as Stage | null, to: step.to as Stage, at: momentOf(step.on), reason: step.reason })),
    });
    const placements: { id: string; startDate: string; boardId: string }[] = [];
    for (const placement of person.placements) {
      const id = await this.placements.importPlacement(actor, candidateId, {
        ...placement,
        at: momentOf(placement.startDate),
        endedAt: placement.endedOn === null ? null : momentOf(placement.endedOn),
      });
      placements.push({ id, startDate: placement.startDate, boardId: placement.boardId });
    }
    const programmeIds: string[] = [];
    let previous: { id: string; cohort: string } | null = null;
    for (const programme of person.programmes) {
      const placement = placements[programme.placementIndex];
      const written: { id: string; cohort: string } = await this.programmes.importProgramme(
        actor,
        candidateId,
        {
          ...programme,
          status: programme.status as ProgrammeStatus,
          boardId: placement.boardId,
          placementId: placement.id,
          placementStartDate: placement.startDate,
          at: momentOf(programme.startDate),
          endedAt: programme.endedOn === null ? null : momentOf(programme.endedOn),
        },
        previous,
      );
      programmeIds.push(written.id);
      previous = programme.status === 'route_switched' ? written : null;
    }
    return { candidateId, programmeIds };
  }

  private async update(actor: Actor, person: PersonPlan): Promise<{ candidateId: string; programmeIds: string[] }> {
    const candidateId = person.candidateId as string;
    if (person.updateContact) await this.candidates.importContact(actor, candidateId, person.candidate);
    const programmeIds =
      person.sessions.length + person.surveys.length > 0 ? (await this.programmes.programmesOf(candidateId)).map((programme) => programme.id) : [];
    return { candidateId, programmeIds };
  }
}
