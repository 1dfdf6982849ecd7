import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SourceReader, SourcesService } from '@app/sources';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CreateSourceRequest, UpdateSourceRequest } from './source.request';
import { SourceResponse } from './source.response';

/** How applicants heard of Flevowijs (issue 16): not personal data, so every signed-in user may list it (the candidate page names it); admins manage it. */
@ApiTags('sources')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('sources')
export class SourcesController {
  constructor(
    private readonly sources: SourcesService,
    private readonly reader: SourceReader,
  ) {}

  /** Every source, retired ones too, in the form's order. */
  @Get()
  @ApiOkResponse({ type: [SourceResponse] })
  list() {
    return this.reader.list(false);
  }

  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ type: SourceResponse })
  @ApiErrorResponses(400, 404)
  create(@CurrentPrincipal() principal: Principal, @Body() request: CreateSourceRequest) {
    return this.sources.create(principal, request);
  }

  /** The code never changes; there is no delete: `active: false` retires the source. */
  @Roles('admin')
  @Patch(':code')
  @ApiOkResponse({ type: SourceResponse })
  @ApiErrorResponses(400, 404)
  update(@CurrentPrincipal() principal: Principal, @Param('code') code: string, @Body() request: UpdateSourceRequest) {
    return this.sources.update(principal, code, request);
  }
}
