import { Injectable } from '@nestjs/common';
import { isCentralDesk, type Actor } from '@app/shared';
import { CandidateReader } from '@app/candidates';
import { InterviewReader } from '@app/selection';
import { AssessmentReader } from '@app/assessment';
import { MessageTimelineReader, type SentMessage } from '@app/notifications';

/** A message in the candidate's timeline, with what it was about. */
export interface TimelineMessage extends SentMessage {
  about: 'candidate' | 'interview' | 'assessment';
}

/**
 * The candidate page's mail timeline (issue 16 item 2). It lives in the app because it joins four
 * modules: the messages are the notifications' records about the candidate, their interviews (each
 * calendar update a message of its own) and their assessments. Scoped like the candidate (404
 * otherwise); the desk reads every message, anyone else only the messages sent to them.
 */
@Injectable()
export class CandidateMessagesService {
  constructor(
    private readonly candidates: CandidateReader,
    private readonly interviews: InterviewReader,
    private readonly assessments: AssessmentReader,
    private readonly timeline: MessageTimelineReader,
  ) {}

  async list(actor: Actor, candidateId: string): Promise<TimelineMessage[]> {
    await this.candidates.assertVisible(actor, candidateId);
    const [interviews, assessments] = await Promise.all([
      this.interviews.listForCandidate(actor, candidateId),
      this.assessments.listForCandidate(actor, candidateId),
    ]);
    const about = new Map<string, TimelineMessage['about']>([
      [candidateId, 'candidate'],
      ...interviews.map((interview) => [interview.id, 'interview'] as const),
      ...assessments.map((assessment) => [assessment.id, 'assessment'] as const),
    ]);
    const messages = await this.timeline.about([...about.keys()], isCentralDesk(actor) ? null : actor.userId);
    return messages.map((message) => ({ ...message, about: about.get(message.subjectId) ?? 'candidate' }));
  }
}
