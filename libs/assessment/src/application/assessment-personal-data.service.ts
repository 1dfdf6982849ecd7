import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { AssessmentErasureRepository } from '../persistence/assessment-erasure.repository';

/** R13: what the assessment module erases of a candidate. */
@Injectable()
export class AssessmentPersonalData {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rows: AssessmentErasureRepository,
    private readonly audit: AuditService,
  ) {}

  /** Inside the caller's unit of work: the assessments' free text goes, dates, declaration and outcome stay. Returns the assessment ids. */
  erase(actor: Actor, candidateId: string): Promise<string[]> {
    return this.unitOfWork.run(async () => {
      const ids = await this.rows.eraseFreeText(candidateId);
      for (const id of ids) {
        await this.audit.record(actor, {
          entity: 'suitability_assessment',
          entityId: id,
          action: 'erase',
          changedFields: ['requiredTraining', 'requiredSupport', 'motivation'],
        });
      }
      return ids;
    });
  }
}
