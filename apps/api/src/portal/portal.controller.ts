import { Body, Controller, Get, HttpCode, Post, Put, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { PortalService, PortalSignInService, SIGN_IN_LINK_MINUTES } from '@app/portal';
import { Public } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { CandidateSessions, candidateTokenOf, clearCandidateCookie, setCandidateCookie } from './candidate-session';
import { PortalConsentRequest, PortalDataRequestRequest, PortalLinkRequest, PortalSignInRequest } from './portal.request';
import { PortalLinkRequestedResponse, PortalOverviewResponse, PortalSignedInResponse } from './portal.response';

const LINK_ANSWER = `Als er een aanmelding bij dit e-mailadres hoort, ontvang je binnen enkele minuten een e-mail met een inloglink. De link is ${SIGN_IN_LINK_MINUTES} minuten geldig en werkt één keer.`;

/**
 * The candidate's own page `/mijn-aanmelding` (issue 16, item 6). No staff session here: every route
 * is public to the staff guard, and the candidate's routes need the candidate's own session
 * (CandidateSessions, checked in the handler after the body's validation).
 */
@ApiTags('portal')
@Public()
@Controller('portal')
export class PortalController {
  constructor(
    private readonly signIn: PortalSignInService,
    private readonly portal: PortalService,
    private readonly sessions: CandidateSessions,
  ) {}

  /** The same 202 whether or not the address has an application; a mail only when it has. */
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ applications: true })
  @Post('sign-in-link')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: PortalLinkRequestedResponse })
  @ApiErrorResponses(400, 429)
  async requestLink(@Body() request: PortalLinkRequest): Promise<PortalLinkRequestedResponse> {
    await this.signIn.requestLink(request.email);
    return { message: LINK_ANSWER };
  }

  /** Uses the link's token (once, within 30 minutes) and starts the candidate's session: a cookie for the page, a bearer token for programs. */
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ applications: true })
  @Post('sign-in')
  @HttpCode(200)
  @ApiOkResponse({ type: PortalSignedInResponse })
  @ApiErrorResponses(400, 429)
  async startSession(@Body() request: PortalSignInRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PortalSignedInResponse> {
    const session = await this.signIn.signIn(request.token);
    setCandidateCookie(reply, session.token, session.expiresInSeconds);
    return { accessToken: session.token, expiresInSeconds: session.expiresInSeconds };
  }

  @ApiBearerAuth()
  @Post('sign-out')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The candidate session has ended.' })
  @ApiErrorResponses(401, 403)
  async endSession(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.candidateOf(request);
    await this.signIn.signOut(candidateTokenOf(request));
    clearCandidateCookie(reply);
  }

  /** Where the application stands, the upcoming interview, the documents sent, consent and requests. */
  @ApiBearerAuth()
  @Get('application')
  @ApiOkResponse({ type: PortalOverviewResponse })
  @ApiErrorResponses(401)
  async overview(@Req() request: FastifyRequest) {
    return this.portal.overview(await this.sessions.candidateOf(request));
  }

  /** The desk's withdraw command, run by the candidate: 409 once the application is closed or the programme started. */
  @ApiBearerAuth()
  @Post('application/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: PortalOverviewResponse })
  @ApiErrorResponses(401, 403, 409)
  async withdraw(@Req() request: FastifyRequest) {
    return this.portal.withdraw(await this.sessions.candidateOf(request));
  }

  /** Gives or withdraws the consent to keep the data for a year after the application closes (R13). */
  @ApiBearerAuth()
  @Put('application/consent')
  @ApiOkResponse({ type: PortalOverviewResponse })
  @ApiErrorResponses(400, 401, 403)
  async consent(@Req() http: FastifyRequest, @Body() request: PortalConsentRequest) {
    return this.portal.setConsent(await this.sessions.candidateOf(http), request.consent);
  }

  /** Asks for inspection or erasure: a request for the desk, answered within one month. */
  @ApiBearerAuth()
  @Post('application/data-requests')
  @HttpCode(200)
  @ApiOkResponse({ type: PortalOverviewResponse })
  @ApiErrorResponses(400, 401, 403)
  async requestData(@Req() http: FastifyRequest, @Body() request: PortalDataRequestRequest) {
    return this.portal.requestData(await this.sessions.candidateOf(http), request.kind);
  }
}
