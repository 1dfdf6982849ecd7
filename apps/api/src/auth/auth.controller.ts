import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { SessionsService, type Principal } from '@app/accounts';
import { CurrentPrincipal, EnrolmentAllowed, Public } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { LoginResponse, SessionUserResponse, SignedInResponse } from './auth.response';
import { LoginCodeRequest, LoginRequest } from './login.request';

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

  /**
   * 403 with code `mfa_enrolment_required` (and an `enrolmentToken`) when the role must use
   * two-step verification and the account has not set it up yet.
   */
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ applications: true })
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrorResponses(400, 401, 403, 429)
  async login(@Body() request: LoginRequest, @Req() http: FastifyRequest): Promise<LoginResponse> {
    const outcome = await this.sessions.login(request.email, request.password, http.headers['user-agent'] ?? null);
    if (outcome.kind === 'challenge') {
      return { status: 'code_required', challengeToken: outcome.challengeToken, challengeExpiresAt: outcome.expiresAt };
    }
    return { status: 'signed_in', accessToken: outcome.accessToken, user: publicUser(outcome.principal) };
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ applications: true })
  @Post('auth/login/mfa')
  @HttpCode(200)
  @ApiOkResponse({ type: SignedInResponse })
  @ApiErrorResponses(400, 401, 429)
  async completeLogin(@Body() request: LoginCodeRequest, @Req() http: FastifyRequest): Promise<SignedInResponse> {
    const { accessToken, principal } = await this.sessions.completeLogin(request.challengeToken, request.code, http.headers['user-agent'] ?? null);
    return { accessToken, user: publicUser(principal) };
  }

  @ApiBearerAuth()
  @EnrolmentAllowed()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session has ended.' })
  @ApiErrorResponses(401)
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.sessions.logout(principal);
  }

  @ApiBearerAuth()
  @EnrolmentAllowed()
  @Get('me')
  @ApiOkResponse({ type: SessionUserResponse })
  @ApiErrorResponses(401)
  me(@CurrentPrincipal() principal: Principal): SessionUserResponse {
    return publicUser(principal);
  }
}
