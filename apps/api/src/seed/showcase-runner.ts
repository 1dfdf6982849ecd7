import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FixedClock, addDays, addMonths, startOfDay, today, type Actor, type CalendarDate } from '@app/shared';
import { InfraModule, StorageService, type AppConfig } from '@app/infra';
import { AuditModule } from '@app/audit';
import { AccountsModule } from '@app/accounts';
import { OrganisationReader, OrganisationsModule } from '@app/organisations';
import { ApplicationsService, CandidateStageService, CandidatesModule } from '@app/candidates';
import { InterviewDecisionsService, InterviewsService, SelectionModule } from '@app/selection';
import { AssessmentModule, AssessmentsService } from '@app/assessment';
import { MatchingService, PlacementsModule, PlacementsService } from '@app/placements';
import { demoDocuments } from './demo-documents';
import { SHOWCASE, showcaseEmail, type ShowcaseAssessment, type ShowcaseCandidate, type ShowcaseInterview, type ShowcasePlacement } from './demo-showcase';

/** The demo users the showcase acts as, by their demo login's local part (medewerker1, bestuur2, opleiding1 …). */
export type DemoActors = Map<string, Actor>;

const HOUR = 3600_000;
const MINUTE = 60_000;

/** The modules whose commands the showcase runs, on a clock the seed moves. */
@Module({})
class ShowcaseModule {
  static forRoot(config: AppConfig, clock: FixedClock): DynamicModule {
    return {
      module: ShowcaseModule,
      imports: [
        InfraModule.forRoot({ config, processName: 'zij-instroom-seed', clock }),
        AuditModule,
        AccountsModule,
        OrganisationsModule,
        CandidatesModule,
        SelectionModule,
        AssessmentModule,
        PlacementsModule,
      ],
    };
  }
}

interface Commands {
  applications: ApplicationsService;
  stages: CandidateStageService;
  interviews: InterviewsService;
  decisions: InterviewDecisionsService;
  assessments: AssessmentsService;
  matching: MatchingService;
  placements: PlacementsService;
  organisations: OrganisationReader;
  storage: StorageService;
}

/**
 * Takes every showcase candidate through the modules' own services, so history, audit, access
 * grants and outbox rows (the mails, which the worker sends) are what the product itself writes.
 * The clock is set back to the day of each step: the rules that compare with "now" (an interview is
 * planned ahead, advice only once it started, no outcome dated ahead) hold as they would have then.
 */
export async function runShowcase(config: AppConfig, now: Date, actors: DemoActors): Promise<number> {
  const clock = new FixedClock(now);
  const context = await NestFactory.createApplicationContext(ShowcaseModule.forRoot(config, clock), { logger: false, abortOnError: false });
  try {
    const commands: Commands = {
      applications: context.get(ApplicationsService),
      stages: context.get(CandidateStageService),
      interviews: context.get(InterviewsService),
      decisions: context.get(InterviewDecisionsService),
      assessments: context.get(AssessmentsService),
      matching: context.get(MatchingService),
      placements: context.get(PlacementsService),
      organisations: context.get(OrganisationReader),
      storage: context.get(StorageService),
    };
    const timeline = new Timeline(clock, now);
    for (const [index, candidate] of SHOWCASE.entries()) await runCandidate(commands, timeline, actors, candidate, index);
    return SHOWCASE.length;
  } finally {
    await context.close();
  }
}

/** Days relative to the seed's "now", as moments in Amsterdam. */
class Timeline {
  constructor(
    private readonly clock: FixedClock,
    private readonly now: Date,
  ) {}

  date(day: number): CalendarDate {
    return addDays(today(this.now), day);
  }

  at(day: number, hour: number, minute = 0): Date {
    return new Date(startOfDay(addDays(today(this.now), day)).getTime() + hour * HOUR + minute * MINUTE);
  }

  set(moment: Date): void {
    this.clock.set(moment);
  }
}

function actor(actors: DemoActors, login: string): Actor {
  const found = actors.get(login);
  if (!found) throw new Error(`The demo user ${login} is missing; the showcase acts as it.`);
  return found;
}

async function runCandidate(commands: Commands, timeline: Timeline, actors: DemoActors, candidate: ShowcaseCandidate, index: number): Promise<void> {
  const desk = actor(actors, `medewerker${candidate.staff}`);
  timeline.set(timeline.at(candidate.appliedDay, 8, index * 7));
  const files = await demoDocuments(commands.storage, candidate.person.lastName);
  const { candidateId } = await commands.applications.submit({ ...candidate.person, email: showcaseEmail(candidate), consentToKeep: index % 3 === 0 }, files);
  if (candidate.screeningDay !== undefined) {
    timeline.set(timeline.at(candidate.screeningDay, 9, index));
    await commands.stages.runDeskCommand(desk, candidateId, 'screening', null);
  }
  if (candidate.interview) await runInterview(commands, timeline, actors, desk, candidateId, candidate.interview);
  if (candidate.assessment) await runAssessment(commands, timeline, actors, candidateId, candidate.assessment);
  if (candidate.proposal) {
    timeline.set(timeline.at(candidate.proposal.day, 13, index));
    const boardId = actor(actors, `bestuur${candidate.proposal.board}`).boardId as string;
    await commands.matching.propose(desk, { candidateId, boardId, note: candidate.proposal.note });
  }
  if (candidate.placement) await runPlacement(commands, timeline, actors, candidateId, candidate.placement);
  if (candidate.closed) {
    timeline.set(timeline.at(candidate.closed.day, 11, index));
    await commands.stages.runDeskCommand(desk, candidateId, candidate.closed.command, candidate.closed.reason);
  }
}

async function runInterview(
  commands: Commands,
  timeline: Timeline,
  actors: DemoActors,
  desk: Actor,
  candidateId: string,
  interview: ShowcaseInterview,
): Promise<void> {
  timeline.set(timeline.at(interview.plannedDay, 11));
  const boards = interview.boards.map((number) => {
    const representative = actor(actors, `bestuur${number}`);
    return { boardId: representative.boardId as string, representativeUserId: representative.userId as string };
  });
  const planned = await commands.interviews.schedule(desk, candidateId, {
    startsAt: `${timeline.date(interview.day)}T10:00`,
    durationMinutes: 60,
    location: boards.length > 1 ? 'Flevowijs, Stadhuisplein 1, Almere' : 'Op school, in de personeelskamer',
    staffUserIds: [desk.userId as string],
    boards,
  });
  for (const [position, advice] of (interview.advice ?? []).entries()) {
    timeline.set(timeline.at(interview.day, 11, 20 + position * 5));
    await commands.decisions.recordAdvice(actor(actors, `bestuur${interview.boards[position]}`), planned.id, advice);
  }
  if (interview.outcome) {
    timeline.set(timeline.at(interview.day, 12));
    await commands.decisions.recordOutcome(desk, planned.id, interview.outcome);
  }
}

async function runAssessment(commands: Commands, timeline: Timeline, actors: DemoActors, candidateId: string, assessment: ShowcaseAssessment): Promise<void> {
  timeline.set(timeline.at(assessment.requestedDay, 14));
  const requestedOn = timeline.date(assessment.requestedDay);
  const requested = await commands.assessments.request(actor(actors, `bestuur${assessment.board}`), candidateId, {
    instituteId: actor(actors, `opleiding${assessment.institute}`).instituteId as string,
    requestedOn,
    plannedPracticeDay: assessment.practiceDayAfter === undefined ? null : addDays(timeline.date(assessment.requestedDay), assessment.practiceDayAfter),
  });
  const outcome = assessment.outcome;
  if (!outcome) return;
  timeline.set(timeline.at(outcome.day, 15));
  const decidedOn = timeline.date(outcome.day);
  const declaration = outcome.outcome === 'suitable' ? { declarationDate: decidedOn, validUntil: addMonths(timeline.date(outcome.day), 24) } : {};
  await commands.assessments.recordOutcome(actor(actors, `opleiding${assessment.institute}`), requested.id, {
    outcome: outcome.outcome,
    decidedOn,
    motivation: outcome.motivation,
    requiredTraining: outcome.requiredTraining ?? null,
    requiredSupport: outcome.requiredSupport ?? null,
    ...declaration,
  });
}

async function runPlacement(commands: Commands, timeline: Timeline, actors: DemoActors, candidateId: string, placement: ShowcasePlacement): Promise<void> {
  timeline.set(timeline.at(placement.day, 16));
  const board = actor(actors, `bestuur${placement.board}`);
  const [school] = await commands.organisations.listSchools(board.boardId as string);
  await commands.placements.place(board, {
    candidateId,
    schoolId: school.id,
    startDate: timeline.date(placement.startDay),
    fte: placement.fte,
    supernumerary: placement.supernumerary,
  });
}
