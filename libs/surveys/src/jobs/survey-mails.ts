import { formatDutchMoment } from '@app/shared';
import type { SurveyOccasion } from '../domain/survey';
import { SURVEY_LINK_DAYS } from '../domain/survey';

const OPENINGS: Record<SurveyOccasion, string> = {
  end_of_year_1: 'Je eerste jaar als zij-instromer zit erop.',
  qualification: 'Gefeliciteerd: je bent bevoegd en je traject als zij-instromer is afgerond!',
};

/** Dutch text of the survey invitation; `link` is the one-time link (or, for the copy that is kept, a note in its place). */
export function surveyInvitationMail(candidate: { firstName: string }, occasion: SurveyOccasion, link: string, expiresAt: Date) {
  return {
    title: 'Hoe tevreden ben je over je traject? (korte enquête)',
    body: [
      `Beste ${candidate.firstName},`,
      '',
      `${OPENINGS[occasion]} We horen graag hoe tevreden je bent over je traject en de begeleiding. Invullen kost een minuut: een cijfer van 1 tot 10 en, als je wilt, een toelichting.`,
      '',
      link,
      '',
      `De link werkt één keer en is ${SURVEY_LINK_DAYS} dagen geldig, tot ${formatDutchMoment(expiresAt)}. Je hoeft niet in te loggen.`,
      '',
      'Met vriendelijke groet,',
      'Flevowijs — zij-instroom primair onderwijs',
    ].join('\n'),
  };
}

/** What the copy in the notifications table says instead of the link: the token stays out of the database. */
export const SURVEY_LINK_LEFT_OUT = '[link weggelaten: eenmalig geldig]';
