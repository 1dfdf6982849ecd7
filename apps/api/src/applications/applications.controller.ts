import { Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { ValidationFailedError } from '@app/shared';
import { StorageService } from '@app/infra';
import { ApplicationsService, IneligibleDegreeError, isEligibleDegree } from '@app/candidates';
import { Public } from '../http/auth.decorators';
import { fieldProblems } from '../http/validation';
import { ApplicationRequest } from './application.request';
import { missingFiles, readApplicationForm } from './multipart-reader';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly storage: StorageService,
  ) {}

  /** The public form: multipart with the fields of ApplicationRequest and files motivationLetter and cv. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ login: true })
  @Post()
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  async apply(@Req() request: FastifyRequest) {
    const form = await readApplicationForm(request, this.storage);
    const input = plainToInstance(ApplicationRequest, { ...form.fields });
    const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
    const refuse = async (error: Error): Promise<never> => {
      await Promise.all(form.files.map((file) => this.storage.discard(file.path)));
      throw error;
    };
    if (errors.length) {
      const fields = fieldProblems(errors).map((problem) =>
        errors.some((error) => error.property === problem.field && error.constraints?.whitelistValidation)
          ? { field: problem.field, message: `${problem.field} hoort niet bij dit formulier en wordt niet opgeslagen.` }
          : problem,
      );
      return refuse(new ValidationFailedError(fields, `Controleer: ${fields.map((field) => field.field).join(', ')}.`));
    }
    // R1 before anything else about the files: an ineligible applicant is told why, and nothing is kept.
    if (!isEligibleDegree(input.degreeLevel)) return refuse(new IneligibleDegreeError());
    const missing = missingFiles(form);
    if (missing.length) return refuse(new ValidationFailedError(missing, `Voeg toe: ${missing.map((problem) => problem.field).join(', ')}.`));
    return this.applications.submit(input, form.files);
  }
}
