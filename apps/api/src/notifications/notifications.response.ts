import { ApiProperty } from '@nestjs/swagger';
import type { InboxItem, InboxView } from '@app/notifications';

export class NotificationResponse implements InboxItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'programme_end_in_3_months' }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: Date | null;
}

export class NotificationListResponse implements InboxView {
  @ApiProperty({ description: 'How many of the user’s notifications are unread.' }) unread!: number;
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
}

export class UnreadCountResponse {
  @ApiProperty() unread!: number;
}
