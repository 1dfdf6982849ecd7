import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { SessionsService, type Principal } from '@app/accounts';
import { CurrentPrincipal, Public } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { LoginResponse, SessionUserResponse } from './auth.response';
import { LoginRequest } from './login.request';

function publicUser(principal: Principal): SessionUserResponse {
  return {
    id: principal.userId,
    email: principal.email,
    name: principal.name,
    role: principal.role,
    boardId: principal.boardId,
    instituteId: principal.instituteId,
  };
}

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly sessions: SessionsService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ applications: true })
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrorResponses(400, 401, 429)
  async login(@Body() request: LoginRequest): Promise<LoginResponse> {
    const { accessToken, principal } = await this.sessions.login(request.email, request.password);
    return { accessToken, user: publicUser(principal) };
  }

  @ApiBearerAuth()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session has ended.' })
  @ApiErrorResponses(401)
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.sessions.logout(principal);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: SessionUserResponse })
  @ApiErrorResponses(401)
  me(@CurrentPrincipal() principal: Principal): SessionUserResponse {
    return publicUser(principal);
  }
}
