import { Body, Controller, Get, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/shared';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { ApplicationsService } from '@app/candidates';
import { DEFAULT_ROUTE, RouteReader } from '@app/routes';
import { SourceReader } from '@app/sources';
import { Public } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { DOCUMENT_FIELDS, DOCUMENT_UPLOADS, missingDocuments, missingDocumentsRefusal, uploadedDocuments } from './application-form';
import { ApplicationRequest } from './application.request';
import { APPLICATION_RECEIVED, ApplicationFormOptionsResponse, ApplicationReceivedResponse } from './application.response';

const DOCUMENT_SCHEMA = { type: 'string', format: 'binary', description: 'PDF or DOCX, at most 10 MB.' } as const;

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly routes: RouteReader,
    private readonly sources: SourceReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the public form shows besides its own text: the routes one can apply for (R1) and Flevowijs's contact details. */
  @Public()
  @Get('form-options')
  @ApiOkResponse({ type: ApplicationFormOptionsResponse })
  async formOptions(): Promise<ApplicationFormOptionsResponse> {
    const [routes, sources] = await Promise.all([this.routes.active(), this.sources.list(true)]);
    return {
      routes: routes.map(({ code, name, degreeLevels }) => ({ code, name, degreeLevels })),
      contact: this.config.contact,
      sources: sources.map(({ code, label, asksDetail }) => ({ code, label, asksDetail })),
    };
  }

  /**
   * The public form: multipart with the fields of ApplicationRequest and files motivationLetter and
   * cv. Every accepted form gets the same 202 (R3: whether the address had an open dossier stays
   * unsaid); the reference goes by mail to the address.
   */
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ login: true })
  @Post()
  @HttpCode(202)
  @RouteConfig(DOCUMENT_UPLOADS)
  @ApiConsumes('multipart/form-data')
  @ApiExtraModels(ApplicationRequest)
  @ApiBody({
    schema: {
      allOf: [
        { $ref: getSchemaPath(ApplicationRequest) },
        { type: 'object', required: [...DOCUMENT_FIELDS], properties: Object.fromEntries(DOCUMENT_FIELDS.map((field) => [field, DOCUMENT_SCHEMA])) },
      ],
    },
  })
  @ApiAcceptedResponse({ type: ApplicationReceivedResponse })
  @ApiErrorResponses(400, 422, 429)
  async apply(@Req() request: FastifyRequest, @Body() form: ApplicationRequest): Promise<ApplicationReceivedResponse> {
    const input = { ...form, route: form.route ?? DEFAULT_ROUTE };
    if (!request.isMultipart()) {
      throw new DomainError('applications.not_multipart', 'invalid', 'Stuur het formulier als multipart/form-data met motivationLetter en cv.');
    }
    // R1 before anything else about the files: an ineligible applicant is told why, and nothing is kept.
    await this.applications.assertEligible(input);
    const missing = missingDocuments(request);
    if (missing.length) throw missingDocumentsRefusal(missing);
    await this.applications.submit(input, uploadedDocuments(request));
    return APPLICATION_RECEIVED;
  }
}
