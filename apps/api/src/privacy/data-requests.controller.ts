import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataRequestReader, DataRequestsService } from '@app/privacy';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CompleteDataRequestRequest, DataRequestListRequest, ExtendDataRequestRequest, RecordDataRequestRequest } from './data-request.request';
import { DataRequestListResponse, DataRequestResponse } from './data-request.response';

/** R13: the data subjects' inspection and erasure requests; the central desk only (others 404). */
@ApiTags('privacy')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Roles('staff', 'admin')
@Controller('data-requests')
export class DataRequestsController {
  constructor(
    private readonly requests: DataRequestsService,
    private readonly reader: DataRequestReader,
  ) {}

  @Get()
  @ApiOkResponse({ type: DataRequestListResponse })
  @ApiErrorResponses(400, 404)
  list(@Query() query: DataRequestListRequest) {
    return this.reader.list(query.status ?? 'open');
  }

  @Post()
  @ApiCreatedResponse({ type: DataRequestResponse })
  @ApiErrorResponses(400, 404, 422)
  record(@CurrentPrincipal() principal: Principal, @Body() request: RecordDataRequestRequest) {
    return this.requests.record(principal, request);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @ApiOkResponse({ type: DataRequestResponse })
  @ApiErrorResponses(400, 404, 409)
  extend(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: ExtendDataRequestRequest) {
    return this.requests.extend(principal, id, request);
  }

  /** Completes the request; an erasure request erases the candidate (a dossier still running is refused with 409). */
  @Post(':id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: DataRequestResponse })
  @ApiErrorResponses(400, 404, 409)
  complete(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() _: CompleteDataRequestRequest) {
    return this.requests.complete(principal, id);
  }
}
