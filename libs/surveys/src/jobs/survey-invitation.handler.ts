import { Injectable } from '@nestjs/common';
import { Clock } from '@app/shared';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { CandidateReader } from '@app/candidates';
import { MailTemplates, NotificationsService } from '@app/notifications';
import { surveyState } from '../domain/survey';
import { SurveyLinks } from '../application/survey-links';
import { SurveyRepository } from '../persistence/survey.repository';
import { SURVEY_INVITATION_TEMPLATE, SURVEY_LINK_LEFT_OUT, surveyInvitationValues } from './survey-mails';

/**
 * Mails the candidate the survey's one-time link. Idempotent: NotificationsService sends it once
 * per survey and recipient; a survey already answered or expired, or a candidate erased meanwhile,
 * gets no mail. The link is made again from the survey's id; the notifications table keeps the
 * mail without it.
 */
@HandlesJob('surveys.invitation-mail')
@Injectable()
export class SurveyInvitationHandler implements JobHandler<'surveys.invitation-mail'> {
  constructor(
    private readonly surveys: SurveyRepository,
    private readonly links: SurveyLinks,
    private readonly candidates: CandidateReader,
    private readonly notifications: NotificationsService,
    private readonly webLinks: WebLinks,
    private readonly clock: Clock,
    private readonly templates: MailTemplates,
  ) {}

  async handle({ surveyId }: JobMap['surveys.invitation-mail']): Promise<void> {
    const survey = await this.surveys.byId(surveyId);
    if (!survey || surveyState(survey, this.clock.now()) !== 'open') return;
    const candidate = await this.candidates.contact(survey.candidateId);
    if (!candidate) return;
    const link = this.webLinks.survey(this.links.tokenOf(survey.id));
    const render = (shown: string) =>
      this.templates.render(SURVEY_INVITATION_TEMPLATE.kind, surveyInvitationValues(candidate, survey.occasion, shown, survey.expiresAt));
    const mail = await render(link);
    await this.notifications.deliver({
      kind: 'satisfaction_survey',
      subjectId: survey.id,
      dueKey: 'once',
      recipients: [{ email: candidate.email }],
      title: mail.title,
      body: mail.body,
      keptBody: (await render(SURVEY_LINK_LEFT_OUT)).body,
    });
  }
}
