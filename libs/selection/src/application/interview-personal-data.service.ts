import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { InterviewErasureRepository } from '../persistence/interview-erasure.repository';

/** R13: what the selection module erases of a candidate. */
@Injectable()
export class InterviewPersonalData {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rows: InterviewErasureRepository,
    private readonly audit: AuditService,
  ) {}

  /** Inside the caller's unit of work: the interviews' free text goes, dates, panel, advice and outcome stay. Returns the interview ids. */
  erase(actor: Actor, candidateId: string): Promise<string[]> {
    return this.unitOfWork.run(async () => {
      const ids = await this.rows.eraseFreeText(candidateId);
      for (const id of ids) {
        await this.audit.record(actor, {
          entity: 'selection_interview',
          entityId: id,
          action: 'erase',
          changedFields: ['location', 'outcome.motivation', 'cancellationReason', 'boards.motivation'],
        });
      }
      return ids;
    });
  }
}
