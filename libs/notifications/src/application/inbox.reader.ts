import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, isUuid } from '@app/shared';
import { InboxRepository, type InboxItem } from '../persistence/inbox.repository';
export type { InboxItem };

export interface InboxView {
  unread: number;
  items: InboxItem[];
}

/** The most a page lists; older notifications stay kept. */
const LISTED = 200;

/**
 * Issue 13 item 10: every user's notifications (the messages kept for them) with the unread
 * count. A user sees and marks only their own: another's id answers 404, like one that does not exist.
 */
@Injectable()
export class InboxReader {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly clock: Clock,
  ) {}

  async list(userId: string, unreadOnly: boolean): Promise<InboxView> {
    const [items, unread] = await Promise.all([this.inbox.list(userId, unreadOnly, LISTED), this.inbox.unread(userId)]);
    return { unread, items };
  }

  async markRead(userId: string, id: string): Promise<{ unread: number }> {
    if (!isUuid(id) || !(await this.inbox.markRead(userId, id, this.clock.now()))) throw new NotFoundError('notification');
    return { unread: await this.inbox.unread(userId) };
  }

  async markAllRead(userId: string): Promise<{ unread: number }> {
    await this.inbox.markAllRead(userId, this.clock.now());
    return { unread: 0 };
  }
}
