import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@app/shared';
import { APP_CONFIG, WebLinks, type AppConfig } from '@app/infra';
import { CandidateReader } from '@app/candidates';
import { NotificationsService, type NotificationRequest, type Recipient } from '@app/notifications';
import { buildInterviewCalendar, type CalendarPerson } from '../application/interview-calendar';
import { InterviewsRepository, type InterviewAttendee, type InterviewRow } from '../persistence/interviews.repository';
import { greeted, type CandidateFacts, type MailText } from './interview-mails';

/** What the interview mails are built from, read again by every job (payloads carry ids only). */
export interface InterviewMessageFacts {
  interview: InterviewRow;
  candidate: CandidateFacts & { id: string; email: string };
  panel: InterviewAttendee[];
  boardNames: string[];
  cancellationReason: string | null;
  /** The candidate's page, for the panel's mails. */
  link: string;
}

export interface InterviewMessage {
  kind: string;
  dueKey: string;
  /** With a calendar part: REQUEST or CANCEL for these attendees. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; attendees: CalendarPerson[] };
}

/** The file name of the one calendar part, in Dutch. */
const CALENDAR_FILE_NAMES = { REQUEST: 'uitnodiging.ics', CANCEL: 'annulering.ics' } as const;

/** Reads an interview's facts and sends its mails, each once per recipient, with the .ics as one calendar part. */
@Injectable()
export class InterviewMessenger {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly candidates: CandidateReader,
    private readonly interviews: InterviewsRepository,
    private readonly links: WebLinks,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Null when the interview or its candidate is gone (erased): the job has nothing to do. */
  async load(interviewId: string): Promise<InterviewMessageFacts | null> {
    const interview = await this.interviews.find(interviewId);
    if (!interview) return null;
    const candidate = await this.candidates.contact(interview.candidateId);
    if (!candidate) return null;
    const [view] = await this.interviews.views({ interviewId }, { kind: 'none' });
    return {
      interview,
      candidate: { id: candidate.id, firstName: candidate.firstName, lastName: candidate.lastName, reference: candidate.reference, email: candidate.email },
      panel: await this.interviews.attendees(interviewId),
      boardNames: view?.boards.map((board) => board.boardName) ?? [],
      cancellationReason: view?.cancellationReason ?? null,
      link: this.links.candidate(candidate.id),
    };
  }

  /** The candidate and the panel as calendar attendees. */
  everyone(facts: InterviewMessageFacts): CalendarPerson[] {
    const candidate = { name: `${facts.candidate.firstName} ${facts.candidate.lastName}`, email: facts.candidate.email };
    return [candidate, ...facts.panel.map((member) => ({ name: member.name, email: member.email }))];
  }

  /** One mail to the candidate and one to each panel member (greeted by name), with the same kind, due key and calendar; each recipient on its own. */
  async sendToCandidateAndPanel(
    facts: InterviewMessageFacts,
    sequence: number,
    message: InterviewMessage & { candidateText: MailText; panelText: MailText },
  ): Promise<void> {
    const { candidateText, panelText, ...shared } = message;
    await this.notifications.deliverAll([
      this.request(facts, sequence, shared, { email: facts.candidate.email }, candidateText),
      ...this.panelRequests(facts, sequence, shared, facts.panel, panelText),
    ]);
  }

  /** One mail to each of these panel members, greeted by name. */
  async sendToPanel(facts: InterviewMessageFacts, sequence: number, members: InterviewAttendee[], message: InterviewMessage & { panelText: MailText }) {
    const { panelText, ...shared } = message;
    await this.notifications.deliverAll(this.panelRequests(facts, sequence, shared, members, panelText));
  }

  async sendToCandidate(facts: InterviewMessageFacts, sequence: number, message: InterviewMessage & { text: MailText }): Promise<void> {
    const { text, ...shared } = message;
    await this.notifications.deliverAll([this.request(facts, sequence, shared, { email: facts.candidate.email }, text)]);
  }

  private panelRequests(facts: InterviewMessageFacts, sequence: number, message: InterviewMessage, members: InterviewAttendee[], text: MailText) {
    return members.map((member) => this.request(facts, sequence, message, { email: member.email, userId: member.userId }, greeted(text, member.name)));
  }

  private request(facts: InterviewMessageFacts, sequence: number, message: InterviewMessage, recipient: Recipient, text: MailText): NotificationRequest {
    const method = message.calendar?.method;
    return {
      kind: message.kind,
      subjectId: facts.interview.id,
      dueKey: message.dueKey,
      recipients: [recipient],
      title: text.title,
      body: text.body,
      ...(message.calendar && method
        ? { calendar: { method, content: this.calendar(facts, sequence, method, message.calendar.attendees), filename: CALENDAR_FILE_NAMES[method] } }
        : {}),
    };
  }

  private calendar(facts: InterviewMessageFacts, sequence: number, method: 'REQUEST' | 'CANCEL', attendees: CalendarPerson[]): string {
    const name = `${facts.candidate.firstName} ${facts.candidate.lastName}`;
    return buildInterviewCalendar({
      interviewId: facts.interview.id,
      sequence,
      method,
      startsAt: facts.interview.startsAt,
      durationMinutes: facts.interview.durationMinutes,
      location: facts.interview.location,
      summary: `Selectiegesprek zij-instroom ${name} (${facts.candidate.reference})`,
      description: `Gezamenlijk selectiegesprek van Flevowijs en ${facts.boardNames.join(', ') || 'het schoolbestuur'} met ${name}.`,
      organizer: organizerOf(this.config.mailFrom),
      attendees,
      stamp: this.clock.now(),
    });
  }
}

/** 'Name <address>' or a bare address, as MAIL_FROM holds it. */
function organizerOf(mailFrom: string): CalendarPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  if (match) return { name: match[1] || 'Flevowijs zij-instroom', email: match[2] };
  return { name: 'Flevowijs zij-instroom', email: mailFrom.trim() };
}
