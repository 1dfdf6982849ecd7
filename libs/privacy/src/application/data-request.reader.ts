import { Inject, Injectable } from '@nestjs/common';
import { Clock, NotFoundError, isUuid, today } from '@app/shared';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { CandidateReader } from '@app/candidates';
import type { DataRequestStatus } from '../domain/data-request.policy';
import { APPLICANT_RETENTION_DAYS, CONSENT_RETENTION_MONTHS } from '../domain/retention.policy';
import { DataRequestsRepository } from '../persistence/data-requests.repository';
import type { DataRequestList, DataRequestRow, DataRequestView } from './privacy.views';

/** The desk's view of the data subjects' requests (the controller lets only the central desk in). */
@Injectable()
export class DataRequestReader {
  constructor(
    private readonly requests: DataRequestsRepository,
    private readonly candidates: CandidateReader,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Open requests nearest deadline first (or completed ones, newest first), with the retention terms the page explains. */
  async list(status: DataRequestStatus): Promise<DataRequestList> {
    return {
      requests: await this.withNames(await this.requests.list(status)),
      retention: { applicantDays: APPLICANT_RETENTION_DAYS, consentMonths: CONSENT_RETENTION_MONTHS, programmeYears: this.config.retention.programmeYears },
    };
  }

  async get(id: string): Promise<DataRequestView> {
    const row = isUuid(id) ? await this.requests.find(id) : null;
    if (!row) throw new NotFoundError('data_request');
    const [view] = await this.withNames([row]);
    return view;
  }

  /** Every request about one candidate, oldest first (the inspection export holds them too). */
  forCandidate(candidateId: string): Promise<DataRequestRow[]> {
    return this.requests.forCandidate(candidateId);
  }

  private async withNames(rows: DataRequestRow[]): Promise<DataRequestView[]> {
    const names = await this.candidates.names(rows.map((row) => row.candidateId));
    const now = today(this.clock.now());
    return rows.map((row) => ({
      ...row,
      candidateName: names.get(row.candidateId)?.name ?? '',
      candidateReference: names.get(row.candidateId)?.reference ?? '',
      overdue: row.status === 'open' && row.deadline < now,
    }));
  }
}
