import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { NotificationsService } from './application/notifications.service';
import { OutboxDeadNoticeHandler } from './jobs/outbox-dead-notice.handler';
import { NotificationRepository } from './persistence/notification.repository';

@Module({ imports: [AccountsModule], providers: [NotificationRepository, NotificationsService, OutboxDeadNoticeHandler], exports: [NotificationsService] })
export class NotificationsModule {}
