import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/accounts';
import { InboxReader } from '@app/notifications';
import { CurrentPrincipal } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { NotificationListRequest } from './notifications.request';
import { NotificationListResponse, UnreadCountResponse } from './notifications.response';

/** Issue 13 item 10: the signed-in user's notifications (every role), with the unread count. */
@ApiTags('notifications')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: InboxReader) {}

  @Get()
  @ApiOkResponse({ type: NotificationListResponse })
  @ApiErrorResponses(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationListRequest): Promise<NotificationListResponse> {
    return this.inbox.list(principal.userId, query.unread ?? false);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: UnreadCountResponse })
  markAllRead(@CurrentPrincipal() principal: Principal): Promise<UnreadCountResponse> {
    return this.inbox.markAllRead(principal.userId);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: UnreadCountResponse })
  @ApiErrorResponses(404)
  markRead(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<UnreadCountResponse> {
    return this.inbox.markRead(principal.userId, id);
  }
}
