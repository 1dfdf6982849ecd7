import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, calendarDate, isUuid, today, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateReader } from '@app/candidates';
import { extendedDeadline, requestDeadline } from '../domain/data-request.policy';
import { DataRequestCompletedError, DataRequestExtendedError, ReceivedInFutureError } from '../domain/privacy.errors';
import { DataRequestsRepository } from '../persistence/data-requests.repository';
import { DataRequestReader } from './data-request.reader';
import { ErasureService } from './erasure.service';
import type { DataRequestExtension, DataRequestInput, DataRequestView } from './privacy.views';

const ENTITY = 'data_request';

/** The desk records a data subject's request, extends its term once, and completes it; completing an erasure request erases. */
@Injectable()
export class DataRequestsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly requests: DataRequestsRepository,
    private readonly reader: DataRequestReader,
    private readonly candidates: CandidateReader,
    private readonly erasure: ErasureService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The deadline is the day of receipt + 1 month (clamped); a receipt in the future is refused. */
  async record(actor: Actor, input: DataRequestInput): Promise<DataRequestView> {
    await this.candidates.assertVisible(actor, input.candidateId);
    const receivedOn = calendarDate(input.receivedOn);
    const now = this.clock.now();
    if (receivedOn > today(now)) throw new ReceivedInFutureError();
    const id = await this.unitOfWork.run(async () => {
      const requestId = await this.requests.insert({ ...input, deadline: requestDeadline(receivedOn), createdBy: actor.userId, now });
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: requestId,
        action: 'record',
        changedFields: ['candidateId', 'kind', 'receivedOn', 'deadline'],
      });
      return requestId;
    });
    return this.reader.get(id);
  }

  /** Once, by one or two months from the original term, with a reason. */
  async extend(actor: Actor, id: string, extension: DataRequestExtension): Promise<DataRequestView> {
    await this.unitOfWork.run(async () => {
      const request = await this.find(id);
      const deadline = extendedDeadline(calendarDate(request.receivedOn), extension.months);
      if (!(await this.requests.extend(id, { ...extension, deadline }))) {
        throw request.status === 'completed' ? new DataRequestCompletedError() : new DataRequestExtendedError();
      }
      await this.audit.record(actor, { entity: ENTITY, entityId: id, action: 'extend', changedFields: ['deadline', 'extendedByMonths', 'extensionReason'] });
    });
    return this.reader.get(id);
  }

  /** Marks the request completed; an erasure request erases the candidate in the same unit of work (the retention sweep's code path). */
  async complete(actor: Actor, id: string): Promise<DataRequestView> {
    await this.unitOfWork.run(async () => {
      const request = await this.find(id);
      if (!(await this.requests.complete(id, actor.userId, this.clock.now()))) throw new DataRequestCompletedError();
      if (request.kind === 'erasure') await this.erasure.erase(actor, request.candidateId);
      await this.audit.record(actor, { entity: ENTITY, entityId: id, action: 'complete', changedFields: ['status', 'completedAt'] });
    });
    return this.reader.get(id);
  }

  private async find(id: string) {
    const request = isUuid(id) ? await this.requests.find(id) : null;
    if (!request) throw new NotFoundError('data_request');
    return request;
  }
}
