import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CandidateMessagesService } from './candidate-messages.service';
import { CandidateMessageResponse } from './candidate-messages.response';

/** The candidate page's mail timeline (issue 16 item 2). */
@ApiTags('candidates')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('candidates/:id/messages')
export class CandidateMessagesController {
  constructor(private readonly messages: CandidateMessagesService) {}

  @Get()
  @ApiOkResponse({ type: [CandidateMessageResponse] })
  @ApiErrorResponses(404)
  list(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.messages.list(principal, id);
  }
}
