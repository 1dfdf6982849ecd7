import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { NotificationsService } from './application/notifications.service';
import { OutboxDeadNoticeHandler } from './jobs/outbox-dead-notice.handler';
import { PasswordResetMailHandler } from './jobs/password-reset-mail.handler';
import { NotificationRepository } from './persistence/notification.repository';

@Module({
  imports: [AccountsModule],
  providers: [NotificationRepository, NotificationsService, OutboxDeadNoticeHandler, PasswordResetMailHandler],
  exports: [NotificationsService],
})
export class NotificationsModule {}
