import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { NotificationsService } from './application/notifications.service';
import { NotificationPersonalData } from './application/notification-personal-data.service';
import { InboxReader } from './application/inbox.reader';
import { InboxRepository } from './persistence/inbox.repository';
import { MessageTimelineReader } from './application/message-timeline.reader';
import { TimelineRepository } from './persistence/timeline.repository';
import { OutboxDeadNoticeHandler } from './jobs/outbox-dead-notice.handler';
import { PasswordResetMailHandler } from './jobs/password-reset-mail.handler';
import { NotificationRepository } from './persistence/notification.repository';
import { NotificationErasureRepository } from './persistence/notification-erasure.repository';

@Module({
  imports: [AccountsModule],
  providers: [
    NotificationRepository,
    NotificationErasureRepository,
    NotificationsService,
    NotificationPersonalData,
    InboxRepository,
    InboxReader,
    OutboxDeadNoticeHandler,
    PasswordResetMailHandler,
    TimelineRepository,
    MessageTimelineReader,
  ],
  exports: [NotificationsService, NotificationPersonalData, InboxReader, MessageTimelineReader],
})
export class NotificationsModule {}
