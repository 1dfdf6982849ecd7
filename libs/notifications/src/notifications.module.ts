import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { NotificationsService } from './application/notifications.service';
import { NotificationPersonalData } from './application/notification-personal-data.service';
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
    OutboxDeadNoticeHandler,
    PasswordResetMailHandler,
  ],
  exports: [NotificationsService, NotificationPersonalData],
})
export class NotificationsModule {}
