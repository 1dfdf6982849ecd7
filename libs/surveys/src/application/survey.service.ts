import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock, PUBLIC_ACTOR, SYSTEM_ACTOR, type CalendarDate } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { linkExpiresAt, surveyState } from '../domain/survey';
import { SurveyAlreadyAnsweredError, SurveyExpiredError } from '../domain/surveys.errors';
import { SurveyRepository } from '../persistence/survey.repository';
import { SurveyLinks } from './survey-links';
import { SurveyReader } from './survey.reader';
import type { SurveyAnswer, SurveyInvitation } from './survey.views';

/**
 * The satisfaction survey (R12, issue 13 item 6): the candidate is invited once per programme and
 * occasion, by mail with a one-time link that works 30 days, and answers without logging in.
 */
@Injectable()
export class SurveyService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly surveys: SurveyRepository,
    private readonly reader: SurveyReader,
    private readonly links: SurveyLinks,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the survey and queues its invitation mail, in the caller's unit of work when there is
   * one (the programmes module calls this at the end of study year 1 and on qualification).
   * Idempotent per programme and occasion: a second call does nothing and returns null.
   * `dueOn` is the day of the occasion, kept with the survey.
   */
  async invite(invitation: SurveyInvitation, dueOn: CalendarDate): Promise<string | null> {
    const id = randomUUID();
    const now = this.clock.now();
    return this.unitOfWork.run(async () => {
      const inserted = await this.surveys.insertOnce({
        id,
        ...invitation,
        dueOn,
        tokenHash: this.links.hashOf(this.links.tokenOf(id)),
        createdAt: now,
        expiresAt: linkExpiresAt(now),
      });
      if (!inserted) return null;
      await this.audit.record(SYSTEM_ACTOR, { entity: 'satisfaction_survey', entityId: id, action: 'invite', changedFields: [] });
      await this.unitOfWork.enqueue({ name: 'surveys.invitation-mail', data: { surveyId: id } });
      return id;
    });
  }

  /** The candidate's answer, once per link and only while it works; two answers at once record one. */
  async answer(token: string, answer: SurveyAnswer): Promise<void> {
    const survey = await this.reader.byToken(token);
    const comment = answer.comment?.trim() || null;
    await this.unitOfWork.run(async () => {
      const now = this.clock.now();
      if (!(await this.surveys.answer(survey.id, { score: answer.score, comment }, now))) {
        const current = (await this.surveys.byId(survey.id)) ?? survey;
        throw surveyState(current, now) === 'answered' ? new SurveyAlreadyAnsweredError() : new SurveyExpiredError();
      }
      const changedFields = comment === null ? ['score'] : ['score', 'comment'];
      await this.audit.record(PUBLIC_ACTOR, { entity: 'satisfaction_survey', entityId: survey.id, action: 'answer', changedFields });
    });
  }
}
