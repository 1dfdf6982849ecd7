import { MAIL_SIGNATURE, type MailTemplateDefinition } from '@app/notifications';
import { SIGN_IN_LINK_MINUTES } from '../domain/portal.policy';

/** The sign-in mail of the candidate's own page; administrators may edit its text, but not leave out the link. */
export const SIGN_IN_LINK_TEMPLATE: MailTemplateDefinition = {
  kind: 'portal_sign_in_link',
  label: 'Inloglink voor Mijn aanmelding',
  recipient: 'kandidaat',
  placeholders: {
    voornaam: { description: 'De voornaam van de kandidaat', example: 'Sanne' },
    referentie: { description: 'Het aanmeldnummer van de kandidaat', example: 'ZI-2026-00042' },
    link: { description: 'De eenmalige inloglink', example: 'https://zij-instroom.flevowijs.nl/mijn-aanmelding#token=voorbeeld', required: true },
    minuten: { description: 'Hoe lang de link geldig is, in minuten', example: String(SIGN_IN_LINK_MINUTES) },
  },
  subject: 'Je inloglink voor Mijn aanmelding bij Flevowijs',
  body: [
    'Beste {voornaam},',
    '',
    'Je hebt gevraagd om in te loggen op Mijn aanmelding, de pagina over je aanmelding als zij-instromer ({referentie}). Log in via deze link:',
    '{link}',
    '',
    'De link werkt één keer en is {minuten} minuten geldig. Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren.',
    ...MAIL_SIGNATURE,
  ].join('\n'),
};

/** What the copy in the notifications table says instead of the link: the token stays out of the database. */
export const SIGN_IN_LINK_LEFT_OUT = '[link weggelaten: eenmalig geldig]';
