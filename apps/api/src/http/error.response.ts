import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { STATUS_NAMES } from './error-body';

export class FieldProblemResponse {
  @ApiProperty({ example: 'email' }) field!: string;
  @ApiProperty({ example: 'email moet een geldig e-mailadres zijn.' }) message!: string;
}

/** The one error body of the API (error-body.ts), as every 4xx and 5xx answer carries it. */
export class ErrorResponse {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'Controleer: email.' }) message!: string;
  @ApiPropertyOptional({ description: 'Stable code of a domain error, e.g. candidates.stage_conflict.' }) code?: string;
  @ApiPropertyOptional({ type: [FieldProblemResponse], description: 'One problem per field that is wrong.' }) fields?: FieldProblemResponse[];
  @ApiPropertyOptional({
    description: 'With code `mfa_enrolment_required` only: a bearer token that opens the enrolment routes (`/api/me/mfa/enrolment…`) alone.',
  })
  enrolmentToken?: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request; `fields` names each field that is wrong.',
  401: 'No valid session.',
  403: 'Not allowed yet; `code` says why (e.g. `mfa_enrolment_required`).',
  404: 'Does not exist, or not for this user (R14).',
  409: 'Conflicts with the current state.',
  412: 'The candidate changed since the `ETag` sent in `If-Match`: read it again and retry.',
  413: 'Body or file too large.',
  422: 'Valid, but not allowed by the rules.',
  429: 'Too many attempts.',
  503: 'A dependency is unavailable; retry later.',
};

export type ErrorStatus = keyof typeof DESCRIPTIONS & number;

/** Documents the error answers a route gives, all with the shared ErrorResponse schema. */
export function ApiErrorResponses(...statuses: ErrorStatus[]) {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: `${STATUS_NAMES[status]}: ${DESCRIPTIONS[status]}`, type: ErrorResponse })),
  );
}
