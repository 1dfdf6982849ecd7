import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@app/shared';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { surveyState } from '../domain/survey';
import { SurveyLinkUnknownError } from '../domain/surveys.errors';
import { SurveyRepository, type SurveyRow } from '../persistence/survey.repository';
import { SurveyLinks } from './survey-links';
import type { SurveyLinkView, SurveyTally } from './survey.views';

/** A token as the links carry it (base64url of an HMAC); anything else names no survey. */
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Reading surveys: the public page's view of a link, and the answers counted for the reports. */
@Injectable()
export class SurveyReader {
  /** The lowest score that counts as satisfied (SURVEY_SATISFIED_SCORE, 7 by default). */
  readonly satisfiedScore: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly surveys: SurveyRepository,
    private readonly links: SurveyLinks,
    private readonly clock: Clock,
  ) {
    this.satisfiedScore = config.satisfiedScore;
  }

  /** The occasion of a link and whether it can still be answered; 404 for a token that names no survey. */
  async link(token: string): Promise<SurveyLinkView> {
    const survey = await this.byToken(token);
    return { occasion: survey.occasion, state: surveyState(survey, this.clock.now()), expiresAt: survey.expiresAt.toISOString() };
  }

  /** @internal The survey a token names; SurveyLinkUnknownError otherwise. */
  async byToken(token: string): Promise<SurveyRow> {
    const survey = TOKEN.test(token) ? await this.surveys.byTokenHash(this.links.hashOf(token)) : null;
    if (!survey) throw new SurveyLinkUnknownError();
    return survey;
  }

  /**
   * For the reports (§5, satisfaction): invited, answered and satisfied per cohort and occasion,
   * counted by the database over the surveys of the given programmes. `cohortOfProgramme` maps each
   * programme id to its cohort (the school year of its start, kept by the programmes module).
   */
  async tally(cohortOfProgramme: ReadonlyMap<string, string>): Promise<SurveyTally[]> {
    if (cohortOfProgramme.size === 0) return [];
    return this.surveys.tally([...cohortOfProgramme.keys()], [...cohortOfProgramme.values()], this.satisfiedScore);
  }
}
