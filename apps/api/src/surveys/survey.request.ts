import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { COMMENT_MAX_LENGTH, HIGHEST_SCORE, LOWEST_SCORE } from '@app/surveys';
import { Label, OptionalText } from '../http/request-fields';

/** The score: a whole number from 1 to 10, one message for every way to get it wrong. */
function Score(label: string) {
  const message = `${label} moet een geheel getal van ${LOWEST_SCORE} tot en met ${HIGHEST_SCORE} zijn.`;
  return applyDecorators(
    Label(label),
    ApiProperty({ type: 'integer', minimum: LOWEST_SCORE, maximum: HIGHEST_SCORE, example: 8 }),
    IsInt({ message }),
    Min(LOWEST_SCORE, { message }),
    Max(HIGHEST_SCORE, { message }),
  );
}

/** The candidate's answer to the satisfaction survey. */
export class SurveyAnswerRequest {
  @Score('Cijfer') score!: number;
  @OptionalText('Toelichting', { max: COMMENT_MAX_LENGTH, multiLine: true, api: { type: String, maxLength: COMMENT_MAX_LENGTH } }) comment?: string;
}
