import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { CandidatePersonalData } from '@app/candidates';
import { InterviewPersonalData } from '@app/selection';
import { AssessmentPersonalData } from '@app/assessment';
import { PlacementPersonalData } from '@app/placements';
import { NotificationPersonalData } from '@app/notifications';
import { SurveyPersonalData } from '@app/surveys';
import { NotesPersonalData } from '@app/notes';
import { CoachingPersonalData } from '@app/coaching';
import { ProgrammePersonalData } from '@app/programmes';

/**
 * R13's one erasure, for the retention sweep and a request alike: in one unit of work the
 * candidate's personal fields, documents and reasons, the free text of interviews, assessments,
 * placements, proposals, programme extensions, survey comments, notes and coaching notes, and the messages about them (programme reminders included); the anonymous record (region, boards,
 * stages with their dates, outcomes, ids and the audit's field names) stays for the reports. The
 * files go after the commit, by an outbox job written in the same unit of work: a crash in between
 * leaves the job, never a file for good.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly candidates: CandidatePersonalData,
    private readonly interviews: InterviewPersonalData,
    private readonly assessments: AssessmentPersonalData,
    private readonly placements: PlacementPersonalData,
    private readonly surveys: SurveyPersonalData,
    private readonly coaching: CoachingPersonalData,
    private readonly notifications: NotificationPersonalData,
    private readonly notes: NotesPersonalData,
    private readonly programmes: ProgrammePersonalData,
  ) {}

  /** Joins the caller's unit of work when there is one. False when the candidate was erased already: a second run erases nothing. */
  erase(actor: Actor, candidateId: string): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      const erased = await this.candidates.erase(actor, candidateId);
      if (!erased) return false;
      const subjects = [
        candidateId,
        ...(await this.interviews.erase(actor, candidateId)),
        ...(await this.assessments.erase(actor, candidateId)),
        ...(await this.placements.erase(actor, candidateId)),
        ...(await this.surveys.erase(actor, candidateId)),
        ...(await this.notes.erase(actor, candidateId)),
        ...(await this.coaching.erase(actor, candidateId)),
        ...(await this.programmes.erase(actor, candidateId)),
      ];
      await this.notifications.scrub(subjects, erased.email);
      if (erased.storageKeys.length > 0) {
        await this.unitOfWork.enqueue({ name: 'privacy.remove-documents', data: { candidateId, storageKeys: erased.storageKeys } });
      }
      return true;
    });
  }
}
