import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { CandidatesModule } from '@app/candidates';
import { NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { AssessmentReader } from './application/assessment.reader';
import { AssessmentsService } from './application/assessments.service';
import { AssessmentPersonalData } from './application/assessment-personal-data.service';
import { AssessmentOutcomeMailHandler } from './jobs/assessment-outcome-mail.handler';
import { AssessmentOverdueSweep } from './jobs/assessment-overdue.sweep';
import { AssessmentRequestMailHandler } from './jobs/assessment-request-mail.handler';
import { AssessmentsRepository } from './persistence/assessments.repository';
import { AssessmentErasureRepository } from './persistence/assessment-erasure.repository';

/** Suitability assessments with the teacher-training institutes (R6), their outcome mails and the 8-week reminder. */
@Module({
  imports: [CandidatesModule, AccountsModule, OrganisationsModule, NotificationsModule],
  providers: [
    AssessmentsRepository,
    AssessmentErasureRepository,
    AssessmentReader,
    AssessmentsService,
    AssessmentPersonalData,
    AssessmentOutcomeMailHandler,
    AssessmentRequestMailHandler,
    AssessmentOverdueSweep,
  ],
  exports: [AssessmentReader, AssessmentsService, AssessmentPersonalData],
})
export class AssessmentModule {}
