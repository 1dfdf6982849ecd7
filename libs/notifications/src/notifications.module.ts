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
import { MailTemplateRegistry } from './application/mail-template.registry';
import { MailTemplates } from './application/mail-templates.service';
import { MailTemplateRepository } from './persistence/mail-template.repository';

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
    MailTemplateRegistry,
    MailTemplateRepository,
    MailTemplates,
  ],
  exports: [NotificationsService, NotificationPersonalData, InboxReader, MessageTimelineReader, MailTemplateRegistry, MailTemplates],
})
export class NotificationsModule {}
