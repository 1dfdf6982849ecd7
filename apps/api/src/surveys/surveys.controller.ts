import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { SurveyReader, SurveyService } from '@app/surveys';
import { Public } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { SurveyAnswerRequest } from './survey.request';
import { SurveyAnsweredResponse, SurveyLinkResponse } from './survey.response';

/**
 * The satisfaction survey's one-time link (issue 13, item 6): no login, the token is the key.
 * Limited per client address like the other public routes that take a secret (the login limit).
 */
@ApiTags('surveys')
@Public()
@UseGuards(ThrottlerGuard)
@SkipThrottle({ applications: true })
@Controller('surveys')
export class SurveysController {
  constructor(
    private readonly surveys: SurveyService,
    private readonly reader: SurveyReader,
  ) {}

  @Get(':token')
  @ApiOkResponse({ type: SurveyLinkResponse })
  @ApiErrorResponses(404, 429)
  link(@Param('token') token: string): Promise<SurveyLinkResponse> {
    return this.reader.link(token);
  }

  /** Once per link, within its 30 days: 409 with a Dutch message when it was used or has expired. */
  @Post(':token')
  @HttpCode(200)
  @ApiOkResponse({ type: SurveyAnsweredResponse })
  @ApiErrorResponses(400, 404, 409, 429)
  async answer(@Param('token') token: string, @Body() request: SurveyAnswerRequest): Promise<SurveyAnsweredResponse> {
    await this.surveys.answer(token, request);
    return { state: 'answered' };
  }
}
