import { formatDutchMoment } from '@app/shared';
import { MAIL_SIGNATURE, renderMail, type MailTemplateDefinition, type PlaceholderValues } from '@app/notifications';
import type { SurveyOccasion } from '../domain/survey';
import { SURVEY_LINK_DAYS } from '../domain/survey';

const OPENINGS: Record<SurveyOccasion, string> = {
  end_of_year_1: 'Je eerste jaar als zij-instromer zit erop.',
  qualification: 'Gefeliciteerd: je bent bevoegd en je traject als zij-instromer is afgerond!',
};

/** The survey invitation; administrators may edit its text (issue 16, item 5), but not leave out the link. */
export const SURVEY_INVITATION_TEMPLATE: MailTemplateDefinition = {
  kind: 'satisfaction_survey',
  label: 'Uitnodiging voor de tevredenheidsenquête',
  recipient: 'kandidaat',
  placeholders: {
    voornaam: { description: 'De voornaam van de kandidaat', example: 'Sanne' },
    aanleiding: { description: 'Waarom de enquête nu komt (eind van jaar 1, of bevoegd)', example: OPENINGS.end_of_year_1 },
    link: { description: 'De eenmalige link naar de enquête', example: 'https://zij-instroom.flevowijs.nl/enquete/voorbeeld', required: true },
    dagen: { description: 'Hoeveel dagen de link geldig is', example: String(SURVEY_LINK_DAYS) },
    geldig_tot: { description: 'Tot wanneer de link geldig is', example: 'vrijdag 30 juli 2027 om 09:00' },
  },
  subject: 'Hoe tevreden ben je over je traject? (korte enquête)',
  body: [
    'Beste {voornaam},',
    '',
    '{aanleiding} We horen graag hoe tevreden je bent over je traject en de begeleiding. Invullen kost een minuut: een cijfer van 1 tot 10 en, als je wilt, een toelichting.',
    '',
    '{link}',
    '',
    'De link werkt één keer en is {dagen} dagen geldig, tot {geldig_tot}. Je hoeft niet in te loggen.',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

export function surveyInvitationValues(candidate: { firstName: string }, occasion: SurveyOccasion, link: string, expiresAt: Date): PlaceholderValues {
  return { voornaam: candidate.firstName, aanleiding: OPENINGS[occasion], link, dagen: String(SURVEY_LINK_DAYS), geldig_tot: formatDutchMoment(expiresAt) };
}

/** Dutch text of the survey invitation in its default text; `link` is the one-time link (or, for the copy that is kept, a note in its place). */
export function surveyInvitationMail(candidate: { firstName: string }, occasion: SurveyOccasion, link: string, expiresAt: Date) {
  return renderMail(SURVEY_INVITATION_TEMPLATE, surveyInvitationValues(candidate, occasion, link, expiresAt));
}

/** What the copy in the notifications table says instead of the link: the token stays out of the database. */
export const SURVEY_LINK_LEFT_OUT = '[link weggelaten: eenmalig geldig]';
