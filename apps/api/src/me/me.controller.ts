import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MfaService, SessionsService, UsersService, type Principal } from '@app/accounts';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { CurrentPrincipal, EnrolmentAllowed } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { ChangePasswordRequest, OneTimeCodeRequest } from './me.request';
import { MfaEnrolmentResponse, MfaStatusResponse, OwnSessionResponse, RecoveryCodesResponse } from './me.response';

/** The signed-in user's own account: password, two-step verification, sessions. Every role. */
@ApiTags('me')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('me')
export class MeController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly mfa: MfaService,
  ) {}

  /** Other sessions of the user end; this one stays. */
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed.' })
  @ApiErrorResponses(400, 429)
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() request: ChangePasswordRequest): Promise<void> {
    await this.users.changeOwnPassword(principal, request.currentPassword, request.newPassword);
  }

  @Get('sessions')
  @ApiOkResponse({ type: [OwnSessionResponse] })
  sessionList(@CurrentPrincipal() principal: Principal): Promise<OwnSessionResponse[]> {
    return this.sessions.list(principal);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session has ended.' })
  @ApiErrorResponses(404)
  async endSession(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.sessions.endOwn(principal, id);
  }

  @EnrolmentAllowed()
  @Get('mfa')
  @ApiOkResponse({ type: MfaStatusResponse })
  async mfaStatus(@CurrentPrincipal() principal: Principal): Promise<MfaStatusResponse> {
    return { ...(await this.mfa.status(principal)), required: this.config.mfaRequiredRoles.includes(principal.role) };
  }

  @EnrolmentAllowed()
  @Post('mfa/enrolment')
  @HttpCode(200)
  @ApiOkResponse({ type: MfaEnrolmentResponse })
  @ApiErrorResponses(409)
  startEnrolment(@CurrentPrincipal() principal: Principal): Promise<MfaEnrolmentResponse> {
    return this.mfa.startEnrolment(principal);
  }

  @EnrolmentAllowed()
  @Post('mfa/enrolment/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponse })
  @ApiErrorResponses(400, 409)
  async confirmEnrolment(@CurrentPrincipal() principal: Principal, @Body() request: OneTimeCodeRequest): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.mfa.confirmEnrolment(principal, request.code), signInAgain: principal.enrolmentOnly };
  }

  @Post('mfa/disable')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Two-step verification is off; the recovery codes are void.' })
  @ApiErrorResponses(400)
  async disableMfa(@CurrentPrincipal() principal: Principal, @Body() request: OneTimeCodeRequest): Promise<void> {
    await this.mfa.disable(principal, request.code);
  }
}
