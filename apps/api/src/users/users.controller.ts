import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotFoundError, isUuid } from '@app/shared';
import { UsersService, type Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CreateUserRequest, DirectoryRequest, UpdateUserRequest } from './user.request';
import { DirectoryEntryResponse, UserResponse } from './user.response';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@ApiErrorResponses(401, 404)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Staff pick panel members and board representatives from here; admins also use `GET /users`. */
  @Roles('staff', 'admin')
  @Get('directory')
  @ApiOkResponse({ type: [DirectoryEntryResponse] })
  @ApiErrorResponses(400)
  directory(@Query() query: DirectoryRequest) {
    return this.users.directory(query.role, query.boardId);
  }

  @Get()
  @ApiOkResponse({ type: [UserResponse] })
  list() {
    return this.users.list();
  }

  @Post()
  @ApiCreatedResponse({ type: UserResponse })
  @ApiErrorResponses(400, 409)
  create(@CurrentPrincipal() principal: Principal, @Body() request: CreateUserRequest) {
    return this.users.create(principal, request);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiErrorResponses(400)
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: UpdateUserRequest) {
    if (!isUuid(id)) throw new NotFoundError('user');
    return this.users.update(principal, id, request);
  }
}
