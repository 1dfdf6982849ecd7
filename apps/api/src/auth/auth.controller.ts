import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { PasswordResetService, SessionsService, type LoginClient, type Principal, type StartedSession } from '@app/accounts';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { CurrentPrincipal, EnrolmentAllowed, Public } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { LoginResponse, PasswordResetRequestedResponse, SessionUserResponse, SignedInResponse } from './auth.response';
import { LoginCodeRequest, LoginRequest } from './login.request';
import { PasswordResetConfirmRequest, PasswordResetRequest } from './password-reset.request';
import { clearSessionCookie, isForeignOrigin, originOf, setSessionCookie } from './session-cookie';

const PASSWORD_RESET_ANSWER =
  'Als er een account bij dit e-mailadres hoort, ontvang je binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link is 60 minuten geldig.';

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

function clientOf(http: FastifyRequest): LoginClient {
  return { address: http.ip, userAgent: http.headers['user-agent'] ?? null };
}

@ApiTags('auth')
@Controller()
export class AuthController {
  private readonly appOrigin: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly resets: PasswordResetService,
  ) {
    this.appOrigin = originOf(config.appUrl);
  }

  /**
   * Per client address only failed steps count (LOGIN_ATTEMPTS_PER_MINUTE); per account failures
   * cause a growing delay. Signed in: the answer sets the session cookie for the web page. 403 with
   * code `mfa_enrolment_required` (and an `enrolmentToken`) when the role must use two-step
   * verification and the account has not set it up yet.
   */
  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrorResponses(400, 401, 403, 429)
  async login(@Body() request: LoginRequest, @Req() http: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    const outcome = await this.sessions.login(request.email, request.password, clientOf(http));
    if (outcome.kind === 'challenge') {
      return { status: 'code_required', challengeToken: outcome.challengeToken, challengeExpiresAt: outcome.expiresAt };
    }
    this.startCookie(http, reply, outcome);
    return { status: 'signed_in', accessToken: outcome.accessToken, user: publicUser(outcome.principal) };
  }

  @Public()
  @Post('auth/login/mfa')
  @HttpCode(200)
  @ApiOkResponse({ type: SignedInResponse })
  @ApiErrorResponses(400, 401, 429)
  async completeLogin(
    @Body() request: LoginCodeRequest,
    @Req() http: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedInResponse> {
    const session = await this.sessions.completeLogin(request.challengeToken, request.code, clientOf(http));
    this.startCookie(http, reply, session);
    return { accessToken: session.accessToken, user: publicUser(session.principal) };
  }

  /** Ends the session (bearer or cookie) and clears the cookie. */
  @ApiBearerAuth()
  @EnrolmentAllowed()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session has ended.' })
  @ApiErrorResponses(401, 403)
  async logout(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.logout(principal);
    clearSessionCookie(reply);
  }

  /** Also how the web page learns, on load, whether its cookie still holds a session (401: not signed in). */
  @ApiBearerAuth()
  @EnrolmentAllowed()
  @Get('me')
  @ApiOkResponse({ type: SessionUserResponse })
  @ApiErrorResponses(401)
  me(@CurrentPrincipal() principal: Principal): SessionUserResponse {
    return publicUser(principal);
  }

  /** "Wachtwoord vergeten": the same 202 whether or not the address has an (active) account; a mail only when it has. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ applications: true })
  @Post('auth/password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: PasswordResetRequestedResponse })
  @ApiErrorResponses(400, 429)
  async requestPasswordReset(@Body() request: PasswordResetRequest): Promise<PasswordResetRequestedResponse> {
    await this.resets.request(request.email);
    return { message: PASSWORD_RESET_ANSWER };
  }

  /** The new password with the link's token: once per link; all the user's sessions end; two-step verification stays. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ applications: true })
  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is set; sign in with it.' })
  @ApiErrorResponses(400, 429)
  async confirmPasswordReset(@Body() request: PasswordResetConfirmRequest): Promise<void> {
    await this.resets.confirm(request.token, request.newPassword);
  }

  /** The web page's cookie; not for a login sent from another site's page (login CSRF), which still gets its bearer token. */
  private startCookie(http: FastifyRequest, reply: FastifyReply, session: StartedSession): void {
    if (!isForeignOrigin(http, this.appOrigin)) setSessionCookie(reply, session.accessToken, session.expiresInSeconds);
  }
}
