import { RequiredText } from '../http/request-fields';

/** An administrator's text of one mail kind: placeholders in braces, e.g. `{voornaam}`; only those the mail names. */
export class MailTemplateTextRequest {
  @RequiredText('Onderwerp', {
    max: 300,
    required: 'Onderwerp is verplicht.',
    api: { example: 'Je aanmelding voor zij-instroom is ontvangen ({referentie})' },
  })
  subject!: string;

  @RequiredText('Tekst', {
    max: 10_000,
    required: 'Tekst is verplicht.',
    multiLine: true,
    api: { example: 'Beste {voornaam},\n\nBedankt voor je aanmelding.' },
  })
  body!: string;
}
