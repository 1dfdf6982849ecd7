import { Injectable } from '@nestjs/common';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { NotificationsService } from '@app/notifications';
import { ProgrammeReader } from '../application/programme.reader';
import { ProgrammesRepository } from '../persistence/programmes.repository';
import { SubsidiesRepository } from '../persistence/subsidies.repository';
import { repaymentTaskMail } from './programme-mails';

/**
 * Tells the board's active users of their task to report the dropout to DUO.
 * Idempotent: NotificationsService sends once per (kind, task, recipient); a task that is gone or
 * already done is skipped.
 */
@HandlesJob('programmes.repayment-task-mail')
@Injectable()
export class RepaymentTaskMailHandler implements JobHandler<'programmes.repayment-task-mail'> {
  constructor(
    private readonly subsidies: SubsidiesRepository,
    private readonly programmes: ProgrammesRepository,
    private readonly reader: ProgrammeReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ taskId }: JobMap['programmes.repayment-task-mail']): Promise<void> {
    const task = await this.subsidies.task(taskId);
    if (!task || task.doneAt !== null) return;
    const row = await this.programmes.find(task.programmeId, { kind: 'all' });
    if (!row) return;
    const [programme] = await this.reader.views([row]);
    const recipients = (await this.users.listActiveByRole('board')).filter((user) => user.boardId === task.boardId);
    await this.notifications.deliver({
      kind: 'programme_repayment_task',
      subjectId: taskId,
      dueKey: 'once',
      recipients: recipients.map((user) => ({ email: user.email, userId: user.id })),
      ...repaymentTaskMail(
        {
          candidateName: programme.candidateName,
          reference: programme.candidateReference,
          boardName: programme.boardName,
          droppedOutOn: programme.endedOn ?? '',
          repaymentRisk: programme.repaymentRisk,
        },
        this.links.programme(task.programmeId),
      ),
    });
  }
}
