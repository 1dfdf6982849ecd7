import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FixedClock, addDays, addMonths, calendarDate, startOfDay, today, type Actor, type CalendarDate } from '@app/shared';
import { InfraModule, StorageService, type AppConfig } from '@app/infra';
import { AuditModule } from '@app/audit';
import { AccountsModule } from '@app/accounts';
import { OrganisationReader, OrganisationsModule } from '@app/organisations';
import { ApplicationsService, CandidateStageService, CandidatesModule } from '@app/candidates';
import { CapacityService, PlacementsModule, PlacementsService } from '@app/placements';
import { ProgrammesModule, ProgrammesService, SubsidyService, type DropoutReason } from '@app/programmes';
import { CoachesService, CoachingModule } from '@app/coaching';
import { demoDocuments } from './demo-documents';
import { FIRST_NAMES, SURNAMES } from './dutch-names';
import { seedDemoCoaching } from './demo-coaching';
import type { DemoActors } from './showcase-runner';

/** The modules whose commands the programme demo runs, on a clock it moves. */
@Module({})
class ProgrammeDemoModule {
  static forRoot(config: AppConfig, clock: FixedClock): DynamicModule {
    return {
      module: ProgrammeDemoModule,
      imports: [
        InfraModule.forRoot({ config, processName: 'zij-instroom-seed', clock }),
        AuditModule,
        AccountsModule,
        OrganisationsModule,
        CandidatesModule,
        PlacementsModule,
        ProgrammesModule,
        CoachingModule,
      ],
    };
  }
}

interface Services {
  applications: ApplicationsService;
  stages: CandidateStageService;
  organisations: OrganisationReader;
  capacity: CapacityService;
  placements: PlacementsService;
  programmes: ProgrammesService;
  subsidy: SubsidyService;
  storage: StorageService;
}

/** What happens to one person of the demo after the start, each step on its own day. */
type Outcome =
  | { kind: 'dropout'; on: string; reason: DropoutReason }
  | { kind: 'qualify'; on: string }
  | { kind: 'switch'; on: string; route: string }
  | { kind: 'extend'; on: string; months: number; reason: string }
  | { kind: 'expire' };

interface DemoProgramme {
  route: string;
  placementStart: CalendarDate;
  start: CalendarDate;
  board: number;
  supernumerary: boolean;
  subsidy?: { spent: number };
  outcomes: Outcome[];
}

/** The Ad PEP group's start: 30 people on 1 October 2025, placed from 1 September 2025. */
const GROUP_START = calendarDate('2025-10-01');
const GROUP_PLACEMENT = calendarDate('2025-09-01');

/** The Ad PEP group: most running, the others in every outcome (dropouts in the soft landing, year 1 and year 2). */
function adPepGroup(): DemoProgramme[] {
  const outcomes: Outcome[][] = [
    [{ kind: 'dropout', on: '2025-11-10', reason: 'workload' }],
    [{ kind: 'dropout', on: '2025-11-24', reason: 'not_suited_to_teaching' }],
    [{ kind: 'dropout', on: '2026-04-15', reason: 'other_job' }],
    [{ kind: 'dropout', on: '2026-06-02', reason: 'personal_circumstances' }],
    [{ kind: 'dropout', on: '2026-10-20', reason: 'relocation' }],
    [{ kind: 'qualify', on: '2026-09-15' }],
    [{ kind: 'switch', on: '2026-02-01', route: 'duaal' }],
    [{ kind: 'extend', on: '2026-06-01', months: 6, reason: 'Opleiding een half jaar vertraagd door een lange ziekteperiode.' }],
  ];
  return Array.from({ length: 30 }, (_, index) => ({
    route: 'ad_pep',
    placementStart: GROUP_PLACEMENT,
    start: GROUP_START,
    board: (index % 4) + 1,
    // Boards 1 and 2 declared places for 2025-2026: their first placements of the group take one each.
    supernumerary: index < 8 && index % 4 < 2,
    ...(index < 12 ? { subsidy: { spent: 2500 * (index % 5) } } : {}),
    outcomes: outcomes[index] ?? [],
  }));
}

/** Programmes around the seed's day, so every phase is there whenever the demo runs. */
function aroundToday(day: CalendarDate): DemoProgramme[] {
  const at = (months: number) => addMonths(day, months);
  return [
    { route: 'zij_instroom', placementStart: addDays(day, -30), start: addDays(day, -30), board: 1, supernumerary: false, outcomes: [] }, // soft landing
    { route: 'zij_instroom', placementStart: at(-5), start: at(-5), board: 2, supernumerary: false, outcomes: [] }, // year 1
    {
      route: 'versneld_voor_de_klas',
      placementStart: at(-27),
      start: at(-27),
      board: 3,
      supernumerary: false,
      subsidy: { spent: 25000 },
      outcomes: [{ kind: 'expire' }], // the term passed without qualification
    },
    {
      route: 'zij_instroom',
      placementStart: at(-26),
      start: at(-26),
      board: 4,
      supernumerary: false,
      outcomes: [{ kind: 'extend', on: at(-3), months: 6, reason: 'Bekwaamheidsonderzoek uitgesteld; de school verlengt het traject.' }], // overdue
    },
  ];
}

/**
 * The programmes of the demo, through the modules' own services (stage history, audit, outbox):
 * the Ad PEP group of 30 from 1 October 2025 and four programmes around the seed's day. The people
 * pass selection and assessment by the stage commands alone (the showcase has the full road).
 */
/** The demo coach logins and the regions they work in. */
const DEMO_COACHES: readonly (readonly [string, readonly string[]])[] = [
  ['coach1', ['almere']],
  ['coach2', ['almere']],
  ['coach3', ['lelystad']],
  ['coach4', ['almere', 'lelystad']],
];

export async function runProgrammeDemo(config: AppConfig, now: Date, actors: DemoActors): Promise<number> {
  const clock = new FixedClock(now);
  const context = await NestFactory.createApplicationContext(ProgrammeDemoModule.forRoot(config, clock), { logger: false, abortOnError: false });
  try {
    const services: Services = {
      applications: context.get(ApplicationsService),
      stages: context.get(CandidateStageService),
      organisations: context.get(OrganisationReader),
      capacity: context.get(CapacityService),
      placements: context.get(PlacementsService),
      programmes: context.get(ProgrammesService),
      subsidy: context.get(SubsidyService),
      storage: context.get(StorageService),
    };
    const day = today(now);
    // The group exists only once its start has come.
    const programmes = [...(day >= GROUP_START ? adPepGroup() : []), ...aroundToday(day)];
    const desk = demoActor(actors, 'medewerker1');
    clock.set(noon(addDays(GROUP_PLACEMENT, -30)));
    // The demo coaches, so the programmes started below are assigned one by the worker's first run (R9).
    for (const [login, regions] of DEMO_COACHES) {
      await context
        .get(CoachesService)
        .create(desk, { userId: demoActor(actors, login).userId as string, regions: [...regions], maxCaseload: 10, active: true });
    }
    for (const board of [1, 2]) await services.capacity.declare(desk, demoActor(actors, `bestuur${board}`).boardId as string, '2025-2026', 6);
    const ids: string[] = [];
    for (const [index, programme] of programmes.entries()) ids.push(await runProgramme(services, clock, actors, programme, index, day));
    await seedDemoCoaching(context, clock, actors, ids, day);
    return programmes.length;
  } finally {
    await context.close();
  }
}

async function runProgramme(
  services: Services,
  clock: FixedClock,
  actors: DemoActors,
  programme: DemoProgramme,
  index: number,
  day: CalendarDate,
): Promise<string> {
  const desk = demoActor(actors, 'medewerker2');
  const board = demoActor(actors, `bestuur${programme.board}`);
  const candidateId = await applyAndPass(services, clock, desk, programme, index);
  const [school] = await services.organisations.listSchools(board.boardId as string);
  clock.set(noon(addDays(programme.placementStart, -10)));
  await services.placements.place(desk, {
    candidateId,
    schoolId: school.id,
    startDate: programme.placementStart,
    fte: index % 3 === 0 ? 0.6 : 0.8,
    supernumerary: programme.supernumerary,
  });
  clock.set(noon(addDays(programme.start, -5)));
  const started = await services.programmes.start(desk, {
    candidateId,
    route: programme.route,
    startDate: programme.start,
    conductCertificateDate: addDays(programme.placementStart, -20),
  });
  // Each step on its own day, in date order: a subsidy recorded after a dropout gives the board its task then.
  const steps = [...subsidyStep(programme, day), ...programme.outcomes.map((outcome) => ({ on: dayOf(outcome, started.plannedEnd), outcome }))]
    .filter((step) => step.on <= day)
    .sort((left, right) => left.on.localeCompare(right.on));
  let current = started.id;
  for (const step of steps) {
    clock.set(noon(step.on));
    if (step.outcome) current = await runOutcome(services, board, current, step.outcome);
    else if (programme.subsidy) await saveSubsidy(services, board, current, programme, step.on);
  }
  return current;
}

type Step = { on: CalendarDate; outcome?: Outcome };

/** The day DUO decided on the subsidy (two months after the start), or today while that is still to come. */
function subsidyStep(programme: DemoProgramme, day: CalendarDate): Step[] {
  if (!programme.subsidy) return [];
  const decidedOn = addMonths(programme.start, 2);
  return [{ on: decidedOn <= day ? decidedOn : day }];
}

function dayOf(outcome: Outcome, plannedEnd: string): CalendarDate {
  return outcome.kind === 'expire' ? addDays(calendarDate(plannedEnd), 1) : calendarDate(outcome.on);
}

async function saveSubsidy(services: Services, board: Actor, programmeId: string, programme: DemoProgramme, on: CalendarDate): Promise<void> {
  const decidedOn = addMonths(programme.start, 2);
  await services.subsidy.save(board, programmeId, {
    appliedOn: addMonths(programme.start, 1),
    amount: 25000,
    ...(decidedOn <= on ? { decision: 'granted' as const, decidedOn, amountSpent: programme.subsidy?.spent ?? 0 } : {}),
  });
}

/** Applies, then passes screening, the interview and the assessment by the candidates module's stage commands. */
async function applyAndPass(services: Services, clock: FixedClock, desk: Actor, programme: DemoProgramme, index: number): Promise<string> {
  const firstName = FIRST_NAMES[(index * 7 + 3) % FIRST_NAMES.length];
  const lastName = SURNAMES[(index * 11 + 5) % SURNAMES.length];
  clock.set(noon(addMonths(programme.placementStart, -4)));
  const files = await demoDocuments(services.storage, lastName);
  const { candidateId } = await services.applications.submit(
    {
      firstName,
      lastName,
      email: `traject${index + 1}.${lastName.toLowerCase().replace(/[^a-z]/g, '')}@example.org`,
      phone: `06 2${String(1_000_000 + index * 7_331).slice(0, 7)}`,
      degreeLevel: 'hbo_bachelor',
      degreeField: programme.route === 'ad_pep' ? 'Pedagogisch educatief professional' : 'Bedrijfskunde',
      region: programme.board === 3 ? 'lelystad' : 'almere',
      route: programme.route,
      consentToKeep: false,
    },
    files,
  );
  const steps = ['screening', 'schedule_interview', 'pass_interview', 'start_assessment', 'pass_assessment'] as const;
  for (const [position, command] of steps.entries()) {
    clock.set(noon(addDays(addMonths(programme.placementStart, -4), 7 * (position + 1))));
    await services.stages.change(desk, candidateId, command, null);
  }
  return candidateId;
}

async function runOutcome(services: Services, board: Actor, programmeId: string, outcome: Outcome): Promise<string> {
  switch (outcome.kind) {
    case 'expire':
      await services.programmes.expireTerm(programmeId);
      return programmeId;
    case 'dropout':
      await services.programmes.dropOut(board, programmeId, outcome.on, outcome.reason);
      return programmeId;
    case 'qualify':
      await services.programmes.qualify(board, programmeId, outcome.on);
      return programmeId;
    case 'extend':
      await services.programmes.extend(board, programmeId, outcome.months, outcome.reason);
      return programmeId;
    case 'switch':
      return (await services.programmes.switchRoute(board, programmeId, { route: outcome.route, startDate: outcome.on })).id;
  }
}

function noon(date: CalendarDate): Date {
  return new Date(startOfDay(date).getTime() + 12 * 3600_000);
}

function demoActor(actors: DemoActors, login: string): Actor {
  const found = actors.get(login);
  if (!found) throw new Error(`The demo user ${login} is missing; the programme demo acts as it.`);
  return found;
}
