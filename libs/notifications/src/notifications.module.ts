import { Module } from '@nestjs/common';
import { NotificationsService } from './application/notifications.service';
import { NotificationRepository } from './persistence/notification.repository';

@Module({ providers: [NotificationRepository, NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
