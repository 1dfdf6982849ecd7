/** How long a "Wachtwoord vergeten" link works. */
export const RESET_LINK_MINUTES = 60;

/** Dutch text of the reset mail; `link` is the one-time link (or, for the copy that is kept, a note in its place). */
export function passwordResetMail(name: string, link: string): { title: string; body: string } {
  return {
    title: 'Nieuw wachtwoord instellen voor Flevowijs zij-instroom',
    body: [
      `Beste ${name},`,
      '',
      'Er is gevraagd om een nieuw wachtwoord voor je account bij Flevowijs zij-instroom. Kies een nieuw wachtwoord via deze link:',
      link,
      '',
      `De link werkt één keer en is ${RESET_LINK_MINUTES} minuten geldig. Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.`,
      'Heb je tweestapsverificatie aan staan, dan vraagt het inloggen daarna ook weer om een code.',
      '',
      'Met vriendelijke groet,',
      'Flevowijs — zij-instroom primair onderwijs',
    ].join('\n'),
  };
}

/** What the copy in the notifications table says instead of the link: the token stays out of the database. */
export const LINK_LEFT_OUT = '[link weggelaten: eenmalig geldig]';
