import { Injectable } from '@nestjs/common';
import { TimelineRepository, type SentMessage } from '../persistence/timeline.repository';

export type { SentMessage } from '../persistence/timeline.repository';

/** The most a timeline lists. */
const LISTED = 500;

/** Messages between colleagues about a record (a mention in a note), not to or about the candidate. */
const INTERNAL_KINDS = ['note_mention'] as const;

/**
 * Issue 16 item 2: every message the product sent about a candidate's records (the candidate,
 * their interviews with each calendar update, their assessments), with recipient, subject and
 * delivery status. The caller decides the subjects within the reader's scope.
 */
@Injectable()
export class MessageTimelineReader {
  constructor(private readonly timeline: TimelineRepository) {}

  /** All messages about the subjects; with `onlyToUser`, only those sent to that user. */
  about(subjectIds: string[], onlyToUser: string | null = null): Promise<SentMessage[]> {
    return subjectIds.length === 0 ? Promise.resolve([]) : this.timeline.about(subjectIds, onlyToUser, INTERNAL_KINDS, LISTED);
  }
}
