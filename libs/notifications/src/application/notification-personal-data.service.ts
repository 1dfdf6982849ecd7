import { Injectable } from '@nestjs/common';
import { NotificationErasureRepository, type HeldNotification } from '../persistence/notification-erasure.repository';

export type { HeldNotification } from '../persistence/notification-erasure.repository';

/** R13: the messages kept about a person's records (the candidate, their interviews, assessments, proposals). */
@Injectable()
export class NotificationPersonalData {
  constructor(private readonly rows: NotificationErasureRepository) {}

  /** Every message about the subjects, oldest first, as kept. */
  held(subjectIds: string[]): Promise<HeldNotification[]> {
    return subjectIds.length === 0 ? Promise.resolve([]) : this.rows.held(subjectIds);
  }

  /** Inside the caller's unit of work: empties the messages about the subjects and replaces the person's address in them. */
  scrub(subjectIds: string[], address: string): Promise<number> {
    return subjectIds.length === 0 ? Promise.resolve(0) : this.rows.scrub(subjectIds, address);
  }
}
