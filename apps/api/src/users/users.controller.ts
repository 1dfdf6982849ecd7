import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotFoundError, isUuid } from '@app/shared';
import { MfaService, UserReader, UsersService, type Principal } from '@app/accounts';
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
  constructor(
    private readonly users: UsersService,
    private readonly reader: UserReader,
    private readonly mfa: MfaService,
  ) {}

  /** Staff pick panel members and board representatives from here; admins also use `GET /users`. */
  @Roles('staff', 'admin')
  @Get('directory')
  @ApiOkResponse({ type: [DirectoryEntryResponse] })
  @ApiErrorResponses(400)
  directory(@Query() query: DirectoryRequest) {
    return this.reader.directory(query.role, query.boardId);
  }

  @Get()
  @ApiOkResponse({ type: [UserResponse] })
  list() {
    return this.reader.list();
  }

  @Post()
  @ApiCreatedResponse({ type: UserResponse })
  @ApiErrorResponses(400, 409)
  create(@CurrentPrincipal() principal: Principal, @Body() request: CreateUserRequest) {
    return this.users.create(principal, request);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiErrorResponses(400, 409)
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: UpdateUserRequest) {
    if (!isUuid(id)) throw new NotFoundError('user');
    return this.users.update(principal, id, request);
  }

  /** A lost phone: the user's two-step verification is turned off and their sessions end; they set it up again. */
  @Post(':id/mfa/reset')
  @HttpCode(204)
  @ApiNoContentResponse({ description: "The user's two-step verification is reset." })
  async resetMfa(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.mfa.reset(principal, id);
  }
}
