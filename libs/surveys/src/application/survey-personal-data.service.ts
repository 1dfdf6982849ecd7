import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { SurveyRepository, type HeldSurvey } from '../persistence/survey.repository';

/** R13: the satisfaction survey keeps one free text about a candidate, the comment; the score stays for the reports. */
@Injectable()
export class SurveyPersonalData {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly surveys: SurveyRepository,
    private readonly audit: AuditService,
  ) {}

  /** Every survey of the candidate, oldest first, for the inspection export (the caller has checked its reader is the desk). */
  held(candidateId: string): Promise<HeldSurvey[]> {
    return this.surveys.held(candidateId);
  }

  /** Inside the caller's unit of work: the comments go. Returns the ids of the candidate's surveys (the subjects of their invitations). */
  erase(actor: Actor, candidateId: string): Promise<string[]> {
    return this.unitOfWork.run(async () => {
      const { surveyIds, commented } = await this.surveys.eraseComments(candidateId);
      for (const id of commented) {
        await this.audit.record(actor, { entity: 'satisfaction_survey', entityId: id, action: 'erase', changedFields: ['comment'] });
      }
      return surveyIds;
    });
  }
}
