import { Module } from '@nestjs/common';
import { CandidatesModule } from '@app/candidates';
import { CoachingModule } from '@app/coaching';
import { OrganisationsModule } from '@app/organisations';
import { PlacementsModule } from '@app/placements';
import { ProgrammesModule } from '@app/programmes';
import { RoutesModule } from '@app/routes';
import { SurveysModule } from '@app/surveys';
import { ExportService } from './application/export.service';
import { ImportCheckService } from './application/import-check.service';
import { ImportWriter } from './application/import-writer';
import { ImportsService } from './application/imports.service';
import { ImportCommitHandler } from './jobs/import-commit.handler';
import { ImportRetentionSweep } from './jobs/import-retention.sweep';
import { ImportsRepository } from './persistence/imports.repository';
import { ImportPersonalData } from './application/import-personal-data.service';

/** Import and export of history (issue 15): the workbook format, the dry run, the commit in the worker. */
@Module({
  imports: [CandidatesModule, CoachingModule, OrganisationsModule, PlacementsModule, ProgrammesModule, RoutesModule, SurveysModule],
  providers: [
    ImportsRepository,
    ImportCheckService,
    ImportWriter,
    ImportsService,
    ExportService,
    ImportCommitHandler,
    ImportRetentionSweep,
    ImportPersonalData,
  ],
  exports: [ImportsService, ExportService, ImportPersonalData],
})
export class ImportsModule {}
