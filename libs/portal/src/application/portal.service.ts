import { Injectable } from '@nestjs/common';
import { Clock, candidateActor, today } from '@app/shared';
import { CandidatePersonalData, CandidateReader, CandidateStageService, canRun } from '@app/candidates';
import { InterviewReader } from '@app/selection';
import { DataRequestReader, DataRequestsService } from '@app/privacy';
import type { PortalRequestKind } from '../domain/portal.policy';
import type { PortalOverview } from './portal.views';
import { STAGE_STATUS } from './stage-status';

/**
 * The candidate's own page (issue 16, item 6). Every command runs as the candidate (role
 * `candidate`, scoped to their one dossier) through the same services the desk uses: the desk's
 * withdraw command, the consent of R13, and a data request with its one-month deadline.
 */
@Injectable()
export class PortalService {
  constructor(
    private readonly candidates: CandidateReader,
    private readonly stages: CandidateStageService,
    private readonly personalData: CandidatePersonalData,
    private readonly interviews: InterviewReader,
    private readonly requests: DataRequestsService,
    private readonly requestReader: DataRequestReader,
    private readonly clock: Clock,
  ) {}

  async overview(candidateId: string): Promise<PortalOverview> {
    const actor = candidateActor(candidateId);
    const candidate = await this.candidates.get(actor, candidateId);
    const now = this.clock.now();
    const upcoming = (await this.interviews.listForCandidate(actor, candidateId))
      .filter((interview) => interview.status === 'scheduled' && new Date(interview.startsAt) > now)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    const requests = await this.requestReader.forCandidate(candidateId);
    return {
      reference: candidate.reference,
      firstName: candidate.firstName,
      stage: candidate.stage,
      status: STAGE_STATUS[candidate.stage],
      appliedAt: candidate.appliedAt,
      canWithdraw: canRun('withdraw', candidate.stage),
      consentToKeep: candidate.consentToKeep,
      interview: upcoming
        ? { startsAt: upcoming.startsAt, startsAtLocal: upcoming.startsAtLocal, durationMinutes: upcoming.durationMinutes, location: upcoming.location }
        : null,
      documents: candidate.documents.map((document) => ({ kind: document.kind, fileName: document.fileName })),
      dataRequests: requests.map(({ kind, receivedOn, deadline, status }) => ({ kind, receivedOn, deadline, status })),
    };
  }

  /** The desk's withdraw command, with the candidate as its actor: the same history, audit and confirmation mail. */
  async withdraw(candidateId: string): Promise<PortalOverview> {
    await this.stages.runDeskCommand(candidateActor(candidateId), candidateId, 'withdraw', null);
    return this.overview(candidateId);
  }

  /** Gives or withdraws the consent to keep the data a year after closing (R13). */
  async setConsent(candidateId: string, consent: boolean): Promise<PortalOverview> {
    const actor = candidateActor(candidateId);
    if (consent) await this.personalData.giveConsent(actor, candidateId);
    else await this.personalData.withdrawConsent(actor, candidateId);
    return this.overview(candidateId);
  }

  /**
   * Asks for inspection or erasure: a request for the desk, received today, answered within a
   * month. While one of the same kind is open, asking again adds nothing.
   */
  async requestData(candidateId: string, kind: PortalRequestKind): Promise<PortalOverview> {
    const open = (await this.requestReader.forCandidate(candidateId)).some((request) => request.kind === kind && request.status === 'open');
    if (!open) await this.requests.record(candidateActor(candidateId), { candidateId, kind, receivedOn: today(this.clock.now()) });
    return this.overview(candidateId);
  }
}
