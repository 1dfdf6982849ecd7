import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, SYSTEM_ACTOR, calendarDate, today, type Actor, type CalendarDate } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateReader, CandidateStageService } from '@app/candidates';
import { PlacementReader } from '@app/placements';
import { RouteReader, type RouteView } from '@app/routes';
import { SurveyService } from '@app/surveys';
import { DROPOUT_REASONS, checkOutcomeDate, checkRunning, checkSwitch, type DropoutReason } from '../domain/outcome.policy';
import { cohortOf, phaseOn, plannedEndOf } from '../domain/programme-dates.policy';
import { StartConditionsMissingError } from '../domain/programmes.errors';
import { checkStart } from '../domain/start.policy';
import { needsRepaymentReport } from '../domain/subsidy.policy';
import { ProgrammesRepository } from '../persistence/programmes.repository';
import { SubsidiesRepository } from '../persistence/subsidies.repository';
import { ProgrammeReader, scopeOf } from './programme.reader';
import type { ProgrammeRow, ProgrammeView, StartProgrammeInput } from './programme.views';

const ENTITY = 'programme';

/**
 * R8: starting a programme and its outcomes, extension and route switch; each command one unit of
 * work with the candidate's stage change (compare-and-set in the candidates module) and the audit.
 */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly candidates: CandidateReader,
    private readonly stages: CandidateStageService,
    private readonly placements: PlacementReader,
    private readonly programmes: ProgrammesRepository,
    private readonly subsidies: SubsidiesRepository,
    private readonly routes: RouteReader,
    private readonly reader: ProgrammeReader,
    private readonly surveys: SurveyService,
    private readonly clock: Clock,
  ) {}

  /** Starts only when every condition of R8 holds; otherwise 409 naming each one that is missing. */
  async start(actor: Actor, input: StartProgrammeInput): Promise<ProgrammeView> {
    const route = await this.knownRoute(input.route);
    await this.candidates.assertVisible(actor, input.candidateId);
    const candidate = await this.candidates.contact(input.candidateId);
    if (!candidate) throw new NotFoundError('candidate');
    const placement = await this.placements.activePlacement(input.candidateId);
    // A board starts programmes at its own board only: a placement with another board is not for it to see.
    const scope = scopeOf(actor);
    if (scope.kind === 'none' || (placement && scope.kind === 'board' && placement.boardId !== scope.boardId)) throw new NotFoundError('candidate');
    const startDate = calendarDate(input.startDate);
    const conductCertificateDate = input.conductCertificateDate ? calendarDate(input.conductCertificateDate) : null;
    const command = checkStart({
      stage: candidate.stage,
      assessmentRequired: route.assessmentRequired,
      hasActivePlacement: placement !== null,
      startDate,
      conductCertificateDate,
      today: today(this.clock.now()),
    });
    if (!placement) throw new StartConditionsMissingError([{ field: 'candidateId', message: 'een lopende plaatsing bij een school.' }]);
    const id = await this.unitOfWork.run(async () => {
      // The stage change locks the candidate first: of concurrent starts one wins, the others get 409.
      await this.stages.change(actor, input.candidateId, command, null);
      const programmeId = await this.programmes.insert({
        candidateId: input.candidateId,
        boardId: placement.boardId,
        placementId: placement.id,
        placementStartDate: placement.startDate,
        route: route.code,
        durationMonths: route.durationMonths,
        startDate,
        conductCertificateDate,
        cohort: cohortOf(startDate),
        plannedEnd: plannedEndOf(startDate, route.durationMonths),
        previousProgrammeId: null,
        createdBy: actor.userId,
        now: this.clock.now(),
      });
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: programmeId,
        action: 'start',
        changedFields: ['candidateId', 'boardId', 'placementId', 'route', 'startDate', 'conductCertificateDate', 'cohort', 'plannedEnd', 'status'],
      });
      // R9: the coaching module assigns a coach, in the same unit of work as the start.
      await this.unitOfWork.enqueue({ name: 'coaching.assign-coach', data: { programmeId } });
      return programmeId;
    });
    return this.reader.get(actor, id);
  }

  async qualify(actor: Actor, id: string, qualifiedOn: string): Promise<ProgrammeView> {
    await this.reader.findVisible(actor, id);
    await this.unitOfWork.run(async () => {
      const current = await this.lockRunning(id);
      checkOutcomeDate('qualifiedOn', 'Datum bevoegd', calendarDate(qualifiedOn), this.term(current));
      await this.programmes.end(id, { status: 'qualified', endedOn: qualifiedOn }, this.clock.now());
      await this.stages.change(actor, current.candidateId, 'qualify', null);
      await this.audit.record(actor, { entity: ENTITY, entityId: id, action: 'qualify', changedFields: ['status', 'endedOn'] });
      // R12: the satisfaction survey on qualification, written with the outcome or not at all.
      await this.surveys.invite({ candidateId: current.candidateId, programmeId: id, occasion: 'qualification' }, calendarDate(qualifiedOn));
    });
    return this.reader.get(actor, id);
  }

  /**
   * Records the dropout with the phase its date falls in. With a subsidy that was not refused, the
   * unspent part is at risk of repayment and the board gets the task to tell DUO (and a mail).
   */
  async dropOut(actor: Actor, id: string, droppedOutOn: string, reason: DropoutReason): Promise<ProgrammeView> {
    await this.reader.findVisible(actor, id);
    await this.unitOfWork.run(async () => {
      const current = await this.lockRunning(id);
      const date = calendarDate(droppedOutOn);
      checkOutcomeDate('droppedOutOn', 'Datum uitval', date, this.term(current));
      const phase = phaseOn(datesOf(current), date);
      await this.programmes.end(id, { status: 'dropped_out', endedOn: droppedOutOn, dropoutReason: reason, dropoutPhase: phase }, this.clock.now());
      await this.stages.change(actor, current.candidateId, 'drop_out', DROPOUT_REASONS[reason]);
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: id,
        action: 'drop_out',
        changedFields: ['status', 'endedOn', 'dropoutReason', 'dropoutPhase'],
      });
      if (needsRepaymentReport(await this.subsidies.ofCandidate(current.candidateId))) await this.createRepaymentTask(actor, current);
    });
    return this.reader.get(actor, id);
  }

  /** The board's task to tell DUO, once per programme, with its mail; both in the caller's unit of work. */
  async createRepaymentTask(actor: Actor, programme: Pick<ProgrammeRow, 'id' | 'boardId'>): Promise<void> {
    const taskId = await this.subsidies.createTask(programme.id, programme.boardId, 'report_repayment_to_duo', this.clock.now());
    if (!taskId) return;
    await this.audit.record(actor, { entity: 'programme_task', entityId: taskId, action: 'create', changedFields: ['programmeId', 'boardId', 'kind'] });
    await this.unitOfWork.enqueue({ name: 'programmes.repayment-task-mail', data: { taskId } });
  }

  /** A manual override of the term: moves the planned end by whole months, never the phase boundaries. */
  async extend(actor: Actor, id: string, months: number, reason: string): Promise<ProgrammeView> {
    await this.reader.findVisible(actor, id);
    await this.unitOfWork.run(async () => {
      const current = await this.lockRunning(id);
      const plannedEndAfter = plannedEndOf(calendarDate(current.startDate), current.durationMonths, current.extensionMonths + months);
      await this.programmes.extend(id, { months, reason, plannedEndAfter, by: actor.userId, now: this.clock.now() });
      await this.audit.record(actor, { entity: ENTITY, entityId: id, action: 'extend', changedFields: ['extensionMonths', 'plannedEnd'] });
    });
    return this.reader.get(actor, id);
  }

  /**
   * The person continues on another route: this programme ends `route_switched` the day before the
   * new one starts; the new one keeps the cohort, the VOG and the subsidy, and counts its study
   * years from its own start. The candidate stays in_programme; the new programme's coach is
   * assigned by the coaching module's job, queued in the same unit of work. Returns the new programme.
   */
  async switchRoute(actor: Actor, id: string, next: { route: string; startDate: string }): Promise<ProgrammeView> {
    await this.reader.findVisible(actor, id);
    const route = await this.knownRoute(next.route);
    const newId = await this.unitOfWork.run(async () => {
      const current = await this.lockRunning(id);
      const startDate = calendarDate(next.startDate);
      const lastDay = checkSwitch(
        { route: current.route, startDate: calendarDate(current.startDate), plannedEnd: calendarDate(current.plannedEnd) },
        { route: route.code, startDate },
      );
      const placement = await this.placements.activePlacement(current.candidateId);
      if (!placement) throw new StartConditionsMissingError([{ field: 'candidateId', message: 'een lopende plaatsing bij een school.' }]);
      const now = this.clock.now();
      await this.programmes.end(id, { status: 'route_switched', endedOn: lastDay }, now);
      const programmeId = await this.programmes.insert({
        candidateId: current.candidateId,
        boardId: placement.boardId,
        placementId: placement.id,
        placementStartDate: placement.startDate,
        route: route.code,
        durationMonths: route.durationMonths,
        startDate,
        conductCertificateDate: current.conductCertificateDate,
        cohort: current.cohort,
        plannedEnd: plannedEndOf(startDate, route.durationMonths),
        previousProgrammeId: id,
        createdBy: actor.userId,
        now,
      });
      await this.audit.record(actor, { entity: ENTITY, entityId: id, action: 'switch_route', changedFields: ['status', 'endedOn'] });
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: programmeId,
        action: 'start',
        changedFields: [
          'candidateId',
          'boardId',
          'placementId',
          'route',
          'startDate',
          'conductCertificateDate',
          'cohort',
          'plannedEnd',
          'status',
          'previousProgrammeId',
        ],
      });
      if (await this.subsidies.moveToProgramme(id, programmeId, now)) {
        await this.audit.record(actor, { entity: 'subsidy', entityId: programmeId, action: 'update', changedFields: ['programmeId'] });
      }
      // R9: the new programme gets a coach, written with the switch; the coaching module keeps the
      // previous programme's coach when they still fit (active, the region), else assigns anew.
      await this.unitOfWork.enqueue({ name: 'coaching.assign-coach', data: { programmeId } });
      return programmeId;
    });
    return this.reader.get(actor, newId);
  }

  /**
   * The term-expiry sweep's command for one programme: ends it `term_expired` on its last day when
   * it is still running past its planned end, and tells staff. False when there was nothing to do
   * (ended meanwhile, extended, or done by an earlier run).
   */
  async expireTerm(id: string): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      const claimed = await this.programmes.expire(id, today(this.clock.now()), this.clock.now());
      if (!claimed) return false;
      await this.stages.change(SYSTEM_ACTOR, claimed.candidateId, 'expire_term', 'De termijn van het traject is verlopen zonder bevoegdheid.');
      await this.audit.record(SYSTEM_ACTOR, { entity: ENTITY, entityId: id, action: 'expire_term', changedFields: ['status', 'endedOn'] });
      await this.unitOfWork.enqueue({ name: 'programmes.term-expired-mail', data: { programmeId: id } });
      return true;
    });
  }

  private async lockRunning(id: string): Promise<ProgrammeRow> {
    const current = await this.programmes.lock(id);
    if (!current) throw new NotFoundError('programme');
    checkRunning(current.status);
    return current;
  }

  private term(programme: ProgrammeRow): { startDate: CalendarDate; plannedEnd: CalendarDate; today: CalendarDate } {
    return { startDate: calendarDate(programme.startDate), plannedEnd: calendarDate(programme.plannedEnd), today: today(this.clock.now()) };
  }

  /** An active route (routes are data, R1/R8): otherwise a 400 naming `route` and the routes to choose from. */
  private knownRoute(code: string): Promise<RouteView> {
    return this.routes.activeRoute(code);
  }
}

function datesOf(programme: ProgrammeRow) {
  return {
    startDate: calendarDate(programme.startDate),
    placementStartDate: calendarDate(programme.placementStartDate),
    originalPlannedEnd: calendarDate(programme.originalPlannedEnd),
  };
}
