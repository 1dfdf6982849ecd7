import { Module } from '@nestjs/common';
import { CandidatesModule } from '@app/candidates';
import { SelectionModule } from '@app/selection';
import { AssessmentModule } from '@app/assessment';
import { PlacementsModule } from '@app/placements';
import { NotificationsModule } from '@app/notifications';
import { ProgrammesModule } from '@app/programmes';
import { SurveysModule } from '@app/surveys';
import { NotesModule } from '@app/notes';
import { CoachingModule } from '@app/coaching';
import { ImportsModule } from '@app/imports';
import { DataRequestReader } from './application/data-request.reader';
import { DataRequestsService } from './application/data-requests.service';
import { ErasureService } from './application/erasure.service';
import { InspectionExportService } from './application/inspection-export.service';
import { RemoveDocumentsHandler } from './jobs/remove-documents.handler';
import { RetentionSweep } from './jobs/retention.sweep';
import { DataRequestsRepository } from './persistence/data-requests.repository';

/** R13: retention and the data subject's rights — the daily erasure, inspection and erasure requests, the export. */
@Module({
  imports: [
    CandidatesModule,
    SelectionModule,
    AssessmentModule,
    PlacementsModule,
    NotificationsModule,
    ProgrammesModule,
    SurveysModule,
    NotesModule,
    CoachingModule,
    ImportsModule,
  ],
  providers: [DataRequestsRepository, DataRequestReader, DataRequestsService, ErasureService, InspectionExportService, RemoveDocumentsHandler, RetentionSweep],
  exports: [DataRequestReader, DataRequestsService, ErasureService, InspectionExportService],
})
export class PrivacyModule {}
