import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { NotFoundError, isUuid } from '@app/shared';
import { OrganisationReader, OrganisationsService } from '@app/organisations';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { CreateBoardRequest, CreateInstituteRequest, CreateSchoolRequest } from './organisation.request';

function boardId(id: string): string {
  if (!isUuid(id)) throw new NotFoundError('board');
  return id;
}

/** Boards, schools and institutes are not personal data: every signed-in user may list them; admins manage them. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller()
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly reader: OrganisationReader,
  ) {}

  @Get('boards')
  listBoards() {
    return this.reader.listBoards();
  }

  @Roles('admin')
  @Post('boards')
  createBoard(@CurrentPrincipal() principal: Principal, @Body() request: CreateBoardRequest) {
    return this.organisations.createBoard(principal, request);
  }

  @Get('boards/:id/schools')
  listSchools(@Param('id') id: string) {
    return this.reader.listSchools(boardId(id));
  }

  @Roles('admin')
  @Post('boards/:id/schools')
  createSchool(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: CreateSchoolRequest) {
    return this.organisations.createSchool(principal, boardId(id), request);
  }

  @Get('institutes')
  listInstitutes() {
    return this.reader.listInstitutes();
  }

  @Roles('admin')
  @Post('institutes')
  createInstitute(@CurrentPrincipal() principal: Principal, @Body() request: CreateInstituteRequest) {
    return this.organisations.createInstitute(principal, request);
  }
}
