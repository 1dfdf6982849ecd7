import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/shared';
import { ApplicationsService, IneligibleDegreeError, isEligibleDegree } from '@app/candidates';
import { Public } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { DOCUMENT_FIELDS, DOCUMENT_UPLOADS, missingDocuments, missingDocumentsRefusal, uploadedDocuments } from './application-form';
import { ApplicationRequest } from './application.request';
import { ApplicationReceiptResponse } from './application.response';

const DOCUMENT_SCHEMA = { type: 'string', format: 'binary', description: 'PDF or DOCX, at most 10 MB.' } as const;

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  /** The public form: multipart with the fields of ApplicationRequest and files motivationLetter and cv. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ login: true })
  @Post()
  @HttpCode(201)
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
  @ApiCreatedResponse({ type: ApplicationReceiptResponse })
  @ApiErrorResponses(400, 409, 422, 429)
  async apply(@Req() request: FastifyRequest, @Body() input: ApplicationRequest): Promise<ApplicationReceiptResponse> {
    if (!request.isMultipart()) {
      throw new DomainError('applications.not_multipart', 'invalid', 'Stuur het formulier als multipart/form-data met motivationLetter en cv.');
    }
    // R1 before anything else about the files: an ineligible applicant is told why, and nothing is kept.
    if (!isEligibleDegree(input.degreeLevel)) throw new IneligibleDegreeError();
    const missing = missingDocuments(request);
    if (missing.length) throw missingDocumentsRefusal(missing);
    return this.applications.submit(input, uploadedDocuments(request));
  }
}
