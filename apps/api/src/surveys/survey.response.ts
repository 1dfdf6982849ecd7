import { ApiProperty } from '@nestjs/swagger';
import { SURVEY_OCCASIONS, type SurveyLinkView, type SurveyOccasion, type SurveyState } from '@app/surveys';

/** What the public survey page needs: why the candidate is asked, and whether the link still works. */
export class SurveyLinkResponse implements SurveyLinkView {
  @ApiProperty({ enum: SURVEY_OCCASIONS }) occasion!: SurveyOccasion;
  @ApiProperty({ enum: ['open', 'answered', 'expired'], description: 'Only `open` can be answered.' }) state!: SurveyState;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class SurveyAnsweredResponse {
  @ApiProperty({ enum: ['answered'] }) state!: 'answered';
}
