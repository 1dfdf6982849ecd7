import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotFoundError, isUuid } from '@app/shared';
import { OrganisationsService } from '@app/organisations';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CreateBoardRequest, CreateInstituteRequest, CreateSchoolRequest } from './organisation.request';
import { BoardResponse, InstituteResponse, SchoolResponse } from './organisation.response';

function boardId(id: string): string {
  if (!isUuid(id)) throw new NotFoundError('board');
  return id;
}

/** Boards, schools and institutes are not personal data: every signed-in user may list them; admins manage them. */
@ApiTags('organisations')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('boards')
  @ApiOkResponse({ type: [BoardResponse] })
  listBoards() {
    return this.organisations.listBoards();
  }

  @Roles('admin')
  @Post('boards')
  @ApiCreatedResponse({ type: BoardResponse })
  @ApiErrorResponses(400, 404)
  createBoard(@CurrentPrincipal() principal: Principal, @Body() request: CreateBoardRequest) {
    return this.organisations.createBoard(principal, request);
  }

  @Get('boards/:id/schools')
  @ApiOkResponse({ type: [SchoolResponse] })
  @ApiErrorResponses(404)
  listSchools(@Param('id') id: string) {
    return this.organisations.listSchools(boardId(id));
  }

  @Roles('admin')
  @Post('boards/:id/schools')
  @ApiCreatedResponse({ type: SchoolResponse })
  @ApiErrorResponses(400, 404)
  createSchool(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: CreateSchoolRequest) {
    return this.organisations.createSchool(principal, boardId(id), request);
  }

  @Get('institutes')
  @ApiOkResponse({ type: [InstituteResponse] })
  listInstitutes() {
    return this.organisations.listInstitutes();
  }

  @Roles('admin')
  @Post('institutes')
  @ApiCreatedResponse({ type: InstituteResponse })
  @ApiErrorResponses(400, 404)
  createInstitute(@CurrentPrincipal() principal: Principal, @Body() request: CreateInstituteRequest) {
    return this.organisations.createInstitute(principal, request);
  }
}
