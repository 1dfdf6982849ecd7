import { applyDecorators, Body, Controller, Get, Param, Patch, Post, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotFoundError, isUuid } from '@app/shared';
import { OrganisationReader, OrganisationsService } from '@app/organisations';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CreateBoardRequest, CreateInstituteRequest, CreateSchoolRequest, UpdateOrganisationRequest } from './organisation.request';
import { BoardResponse, InstituteResponse, SchoolResponse } from './organisation.response';

function boardId(id: string): string {
  if (!isUuid(id)) throw new NotFoundError('board');
  return id;
}

/** An admin adds an organisation: 201 with what was made. */
const AdminCreates = (path: string, type: Type) => applyDecorators(Roles('admin'), Post(path), ApiCreatedResponse({ type }), ApiErrorResponses(400, 404));

/** An admin renames or (de)activates one; there is no delete, so users and history keep their organisation. */
const AdminUpdates = (path: string, type: Type) => applyDecorators(Roles('admin'), Patch(path), ApiOkResponse({ type }), ApiErrorResponses(400, 404));

/** Boards, schools and institutes are not personal data: every signed-in user may list them; admins manage them. */
@ApiTags('organisations')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller()
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly reader: OrganisationReader,
  ) {}

  @Get('boards')
  @ApiOkResponse({ type: [BoardResponse] })
  listBoards() {
    return this.reader.listBoards();
  }

  @AdminCreates('boards', BoardResponse)
  createBoard(@CurrentPrincipal() principal: Principal, @Body() request: CreateBoardRequest) {
    return this.organisations.createBoard(principal, request);
  }

  @AdminUpdates('boards/:id', BoardResponse)
  updateBoard(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: UpdateOrganisationRequest) {
    return this.organisations.updateBoard(principal, boardId(id), request);
  }

  @Get('boards/:id/schools')
  @ApiOkResponse({ type: [SchoolResponse] })
  @ApiErrorResponses(404)
  listSchools(@Param('id') id: string) {
    return this.reader.listSchools(boardId(id));
  }

  @AdminCreates('boards/:id/schools', SchoolResponse)
  createSchool(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: CreateSchoolRequest) {
    return this.organisations.createSchool(principal, boardId(id), request);
  }

  @Get('institutes')
  @ApiOkResponse({ type: [InstituteResponse] })
  listInstitutes() {
    return this.reader.listInstitutes();
  }

  @AdminCreates('institutes', InstituteResponse)
  createInstitute(@CurrentPrincipal() principal: Principal, @Body() request: CreateInstituteRequest) {
    return this.organisations.createInstitute(principal, request);
  }

  @AdminUpdates('institutes/:id', InstituteResponse)
  updateInstitute(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: UpdateOrganisationRequest) {
    return this.organisations.updateInstitute(principal, id, request);
  }
}
