import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorKind } from '@app/shared';
import { isDatabaseUnavailable } from '@app/infra';
import { LoginThrottledError, MfaEnrolmentRequiredError } from '@app/accounts';
import { formReadingRefusal, isFormReadingError } from '../applications/application-form';
import { STATUS_NAMES, type ErrorBody } from './error-body';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  unprocessable: 422,
  throttled: 429,
};

/**
 * Maps every error to `{ statusCode, error, message }`: domain errors by kind, HTTP errors as
 * they are, an unreachable database as 503 with Retry-After, and anything else as a bare 500
 * without details (no stack, SQL or driver names in any body).
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    // The multipart parser's refusals (limits, a malformed form) are about the form; a system
    // error (disk full while a file was written) stays one.
    const isSystemError = typeof (exception as { syscall?: unknown } | null)?.syscall === 'string';
    const body = errorBodyOf(isFormReadingError(request) && !isSystemError ? formReadingRefusal(exception) : exception);
    if (body.statusCode === 503) void reply.header('Retry-After', '5');
    if (exception instanceof LoginThrottledError) void reply.header('Retry-After', String(exception.retryAfterSeconds));
    if (body.statusCode >= 500 && body.statusCode !== 503) {
      this.logger.error(`Unhandled ${(exception as Error)?.name ?? 'error'}: ${(exception as Error)?.message ?? ''}`, (exception as Error)?.stack);
    }
    void reply.status(body.statusCode).header('Cache-Control', 'no-store').send(body);
  }
}

/** The error body for any exception (also for routes outside Nest, such as the queue dashboard). */
export function errorBodyOf(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    const statusCode = STATUS_BY_KIND[exception.kind];
    return {
      statusCode,
      error: STATUS_NAMES[statusCode],
      message: exception.message,
      code: exception.code,
      ...(exception.fields.length ? { fields: exception.fields } : {}),
      ...(exception instanceof MfaEnrolmentRequiredError ? { enrolmentToken: exception.enrolmentToken } : {}),
    };
  }
  if (exception instanceof HttpException) return fromHttpException(exception);
  const fastifyStatus = (exception as { statusCode?: number }).statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    return { statusCode: fastifyStatus, error: STATUS_NAMES[fastifyStatus] ?? 'Bad Request', message: describeFastifyError(exception) };
  }
  if (isDatabaseUnavailable(exception)) {
    return { statusCode: 503, error: STATUS_NAMES[503], message: 'De dienst is tijdelijk niet beschikbaar. Probeer het over enkele seconden opnieuw.' };
  }
  return { statusCode: 500, error: STATUS_NAMES[500], message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' };
}

/** Fastify's body-parsing refusals reach the filter as HttpExceptions with English text; say them in Dutch. */
const BODY_REFUSALS: Record<number, string> = {
  413: 'De body is te groot (maximaal 1 MB; documenten via het aanmeldformulier maximaal 10 MB).',
  415: 'Dit inhoudstype wordt niet ondersteund; stuur application/json.',
};

function fromHttpException(exception: HttpException): ErrorBody {
  const statusCode = exception.getStatus();
  if (BODY_REFUSALS[statusCode]) {
    return { statusCode, error: STATUS_NAMES[statusCode], message: BODY_REFUSALS[statusCode], fields: [{ field: 'body', message: BODY_REFUSALS[statusCode] }] };
  }
  if (statusCode === 400 && /not valid JSON|JSON|Unexpected token/i.test(exception.message)) {
    const message = 'De body is geen geldige JSON.';
    return { statusCode, error: STATUS_NAMES[400], message, fields: [{ field: 'body', message }] };
  }
  // Nest's answer for a path no route takes quotes the method and URL; a URL is never repeated.
  if (statusCode === 404) return { statusCode, error: STATUS_NAMES[404], message: 'Niet gevonden.' };
  const response = exception.getResponse();
  const message = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
  return {
    statusCode,
    error: STATUS_NAMES[statusCode] ?? 'Error',
    message: Array.isArray(message) ? message.join('; ') : String(message),
  };
}

function describeFastifyError(exception: unknown): string {
  const code = (exception as { code?: string }).code ?? '';
  if (code.includes('JSON') || code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'De body is geen geldige JSON.';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'De body is te groot.';
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'Dit inhoudstype wordt niet ondersteund; gebruik application/json.';
  if (code.startsWith('FST_') && /multipart|file|part/i.test(code)) return 'Het formulier is onvolledig of te groot (maximaal 10 MB per bestand).';
  return 'Het verzoek is niet geldig.';
}
