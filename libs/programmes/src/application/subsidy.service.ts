import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, calendarDate, isUuid, today, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { ProgrammeNotRunningError, SubsidyElsewhereError, TaskAlreadyDoneError } from '../domain/programmes.errors';
import { checkSubsidy, needsRepaymentReport } from '../domain/subsidy.policy';
import { ProgrammesRepository } from '../persistence/programmes.repository';
import { SubsidiesRepository } from '../persistence/subsidies.repository';
import { ProgrammeReader, scopeOf } from './programme.reader';
import type { ProgrammeView, SubsidyInputView, TaskListItem } from './programme.views';
import { ProgrammesService } from './programmes.service';

/**
 * R8: the board's subsidy zij-instroom per programme (board or staff), once per person; and the
 * board's tasks, marked done by the board (or the desk). Each command one unit of work with its audit.
 */
@Injectable()
export class SubsidyService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesRepository,
    private readonly subsidies: SubsidiesRepository,
    private readonly commands: ProgrammesService,
    private readonly reader: ProgrammeReader,
    private readonly clock: Clock,
  ) {}

  /**
   * Records or updates the subsidy of the programme's person. Refused (409) when the person's
   * subsidy is kept on another of their programmes. Recorded after a dropout, it gives the board
   * its task to tell DUO as a dropout would have.
   */
  async save(actor: Actor, programmeId: string, input: SubsidyInputView): Promise<ProgrammeView> {
    await this.reader.findVisible(actor, programmeId);
    const subsidy = {
      ...input,
      appliedOn: calendarDate(input.appliedOn),
      decidedOn: input.decidedOn ? calendarDate(input.decidedOn) : null,
    };
    checkSubsidy(subsidy, today(this.clock.now()));
    await this.unitOfWork.run(async () => {
      const programme = await this.programmes.lock(programmeId);
      if (!programme) throw new NotFoundError('programme');
      // A route switch moved the subsidy on: the programme that ended that way keeps none.
      if (programme.status === 'route_switched') throw new ProgrammeNotRunningError(programme.status);
      const saved = await this.subsidies.save(programme.candidateId, programmeId, subsidy, this.clock.now());
      if (!saved) throw new SubsidyElsewhereError();
      await this.audit.record(actor, {
        entity: 'subsidy',
        entityId: programmeId,
        action: 'update',
        changedFields: ['appliedOn', 'amount', 'decision', 'decidedOn', 'amountSpent'],
      });
      if (programme.status === 'dropped_out' && needsRepaymentReport(saved)) await this.commands.createRepaymentTask(actor, programme);
    });
    return this.reader.get(actor, programmeId);
  }

  /** The board says it told DUO: the task is done (once). Another board's task answers 404. */
  async markTaskDone(actor: Actor, taskId: string): Promise<TaskListItem> {
    await this.visibleTask(actor, taskId);
    await this.unitOfWork.run(async () => {
      if (!(await this.subsidies.markDone(taskId, actor.userId, this.clock.now()))) throw new TaskAlreadyDoneError();
      await this.audit.record(actor, { entity: 'programme_task', entityId: taskId, action: 'done', changedFields: ['doneAt', 'doneBy'] });
    });
    const [task] = (await this.reader.tasks(actor, true)).filter((item) => item.id === taskId);
    return task;
  }

  private async visibleTask(actor: Actor, taskId: string): Promise<void> {
    const task = isUuid(taskId) ? await this.subsidies.task(taskId) : null;
    const scope = scopeOf(actor);
    if (!task || scope.kind === 'none' || (scope.kind === 'board' && scope.boardId !== task.boardId)) throw new NotFoundError('task');
  }
}
