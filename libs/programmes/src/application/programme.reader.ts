import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, addDays, calendarDate, isCentralDesk, isUuid, today, type Actor, type CalendarDate } from '@app/shared';
import { CandidateReader } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { RouteReader } from '@app/routes';
import { attentionOn, monthsLeft, phaseOn, softLandingEndsBefore, studyYearEndsOn, studyYearOn } from '../domain/programme-dates.policy';
import { repaymentRisk } from '../domain/subsidy.policy';
import { ProgrammesRepository, type ProgrammeScope } from '../persistence/programmes.repository';
import { SubsidiesRepository } from '../persistence/subsidies.repository';
import type { ProgrammeListQuery, ProgrammeRow, ProgrammeView, TaskListItem } from './programme.views';

/** A programme's current coach as a recipient of the messages about it. */
export interface AssignedCoach {
  userId: string;
  email: string;
}

/**
 * Reading programmes within the reader's scope (R14): the central desk all, a board user its own
 * board's; anything else answers 404, like what does not exist.
 */
@Injectable()
export class ProgrammeReader {
  constructor(
    private readonly programmes: ProgrammesRepository,
    private readonly subsidies: SubsidiesRepository,
    private readonly candidates: CandidateReader,
    private readonly organisations: OrganisationReader,
    private readonly routes: RouteReader,
    private readonly clock: Clock,
  ) {}

  /** The coaching module's query for the programmes currently assigned to a coach (R14); none before it registers. */
  private coachScope: ((coachId: string) => Promise<string[]>) | null = null;

  useCoachScope(programmeIdsOf: (coachId: string) => Promise<string[]>): void {
    this.coachScope = programmeIdsOf;
  }

  private assignedCoachOf: ((programmeId: string) => Promise<AssignedCoach | null>) | null = null;

  /** The coaching module's query for a programme's current coach (R12's reminders to the coach); none before it registers. */
  useAssignedCoach(coachOf: (programmeId: string) => Promise<AssignedCoach | null>): void {
    this.assignedCoachOf = coachOf;
  }

  /** The programme's current coach with the address to write to; null without a coach (or before coaching registered). */
  assignedCoach(programmeId: string): Promise<AssignedCoach | null> {
    return this.assignedCoachOf ? this.assignedCoachOf(programmeId) : Promise.resolve(null);
  }

  /** scopeOf, and for a coach the programmes currently assigned to them. */
  private async readScope(actor: Actor): Promise<ProgrammeScope> {
    if (actor.role === 'coach' && actor.userId && this.coachScope) return { kind: 'programmes', ids: await this.coachScope(actor.userId) };
    return scopeOf(actor);
  }

  /** R13, for the retention sweep: candidates whose last programme ended on or before the day and who have none running. */
  participantsEndedOnOrBefore(day: CalendarDate): Promise<string[]> {
    return this.programmes.participantsEndedOnOrBefore(day);
  }

  /** A board user lists its own board only (another board's id answers 404); the desk any board, or all. */
  async list(actor: Actor, query: ProgrammeListQuery): Promise<ProgrammeView[]> {
    const scope = await this.readScope(actor);
    if (scope.kind === 'none' || (scope.kind === 'board' && query.boardId !== undefined && query.boardId !== scope.boardId)) throw new NotFoundError('board');
    const rows = await this.programmes.list(scope, { status: query.status ?? null, boardId: query.boardId ?? null, cohort: query.cohort ?? null });
    return this.views(rows);
  }

  async get(actor: Actor, id: string): Promise<ProgrammeView> {
    const [view] = await this.views([await this.findVisible(actor, id)]);
    return view;
  }

  /** 404 for an unknown id and for another board's programme alike. */
  async findVisible(actor: Actor, id: string): Promise<ProgrammeRow> {
    const row = isUuid(id) ? await this.programmes.find(id, await this.readScope(actor)) : null;
    if (!row) throw new NotFoundError('programme');
    return row;
  }

  /** The board's tasks (the desk: every board's), open ones first. */
  async tasks(actor: Actor, includeDone: boolean): Promise<TaskListItem[]> {
    const scope = scopeOf(actor);
    if (scope.kind === 'none') throw new NotFoundError('task');
    const tasks = await this.subsidies.tasks(scope.kind === 'board' ? scope.boardId : null, includeDone);
    if (tasks.length === 0) return [];
    const views = new Map((await this.views(await this.rowsOf(tasks.map((task) => task.programmeId)))).map((view) => [view.id, view]));
    return tasks.flatMap((task) => {
      const programme = views.get(task.programmeId);
      if (!programme) return [];
      const { candidateId, candidateName, candidateReference, boardName, repaymentRisk: risk } = programme;
      return [{ ...task, candidateId, candidateName, candidateReference, boardName, repaymentRisk: risk }];
    });
  }

  private async rowsOf(ids: string[]): Promise<ProgrammeRow[]> {
    const rows = await Promise.all([...new Set(ids)].map((id) => this.programmes.find(id, { kind: 'all' })));
    return rows.filter((row): row is ProgrammeRow => row !== null);
  }

  /** The views of stored rows: names, the route's name, what today's date derives, extensions, subsidy and task. */
  async views(rows: ProgrammeRow[]): Promise<ProgrammeView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const candidateIds = rows.map((row) => row.candidateId);
    const [candidateNames, boardNames, extensions, subsidies, tasks, routes] = await Promise.all([
      this.candidates.names(candidateIds),
      this.organisations.boardNames(rows.map((row) => row.boardId)),
      this.programmes.extensions(ids),
      this.subsidies.ofCandidates(candidateIds),
      this.subsidies.tasksOf(ids),
      this.routes.list(),
    ]);
    const day = today(this.clock.now());
    return rows.map((row) => {
      const subsidy = subsidies.get(row.candidateId) ?? null;
      return {
        ...row,
        ...derived(row, day),
        candidateName: candidateNames.get(row.candidateId)?.name ?? '',
        candidateReference: candidateNames.get(row.candidateId)?.reference ?? '',
        boardName: boardNames.get(row.boardId) ?? '',
        routeName: routes.find((route) => route.code === row.route)?.name ?? row.route,
        extensions: extensions.get(row.id) ?? [],
        subsidy,
        repaymentRisk: repaymentRisk(row.status, subsidy),
        repaymentTask: tasks.get(row.id) ?? null,
      };
    });
  }
}

/** What the clock derives from a programme on `day` (for an ended one, on its last day). */
function derived(row: ProgrammeRow, day: CalendarDate): Pick<ProgrammeView, 'timeline' | 'phase' | 'studyYear' | 'monthsLeft' | 'attention'> {
  const dates = {
    startDate: calendarDate(row.startDate),
    placementStartDate: calendarDate(row.placementStartDate),
    originalPlannedEnd: calendarDate(row.originalPlannedEnd),
  };
  const running = row.status === 'running';
  const asOf = running ? day : calendarDate(row.endedOn ?? row.plannedEnd);
  const plannedEnd = calendarDate(row.plannedEnd);
  return {
    timeline: {
      softLandingEndsOn: addDays(softLandingEndsBefore(dates.placementStartDate), -1),
      yearOneEndsOn: studyYearEndsOn(dates.startDate, 1),
      yearTwoEndsOn: studyYearEndsOn(dates.startDate, 2),
    },
    phase: phaseOn(dates, asOf),
    studyYear: studyYearOn(dates.startDate, asOf),
    monthsLeft: running ? monthsLeft(day, plannedEnd) : 0,
    attention: attentionOn(
      { plannedEnd, conductCertificateDate: row.conductCertificateDate === null ? null : calendarDate(row.conductCertificateDate), running },
      day,
    ),
  };
}

/**
 * R14: the central desk sees every programme, a board user its own board's, anyone else none.
 * A coach reads the programmes currently assigned to them (ProgrammeReader's readScope, with the
 * query the coaching module registers); the commands here stay closed to coaches.
 */
export function scopeOf(actor: Actor): ProgrammeScope {
  if (isCentralDesk(actor) || actor.role === 'system') return { kind: 'all' };
  if (actor.role === 'board' && actor.boardId) return { kind: 'board', boardId: actor.boardId };
  return { kind: 'none' };
}
