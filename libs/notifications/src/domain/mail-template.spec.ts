import { fillPlaceholders, placeholdersIn, renderMail, templateProblems, type MailTemplateDefinition } from './mail-template';

const DEFINITION: MailTemplateDefinition = {
  kind: 'test',
  label: 'Test',
  recipient: 'kandidaat',
  subject: 'Hallo {voornaam}',
  body: 'Je link: {link}',
  placeholders: {
    voornaam: { description: 'Voornaam', example: 'Sanne' },
    link: { description: 'Link', example: 'https://example.org', required: true },
  },
};

describe('mail templates', () => {
  it('finds placeholders, typos in case too', () => {
    expect(placeholdersIn('{voornaam} {Voornaam} {voornaam} { niet } {}')).toEqual(['voornaam', 'Voornaam']);
  });

  it('refuses an unknown placeholder, naming it and the ones the mail knows', () => {
    const problems = templateProblems(DEFINITION, { subject: 'Hallo {naam}', body: '{link}' });
    expect(problems).toEqual([{ field: 'subject', message: 'Onderwerp bevat een onbekende invulplek: {naam}. Deze mail kent: {voornaam}, {link}.' }]);
  });

  it('refuses a text without a required placeholder', () => {
    expect(templateProblems(DEFINITION, { subject: 'Hallo', body: 'geen link' })).toEqual([
      { field: 'body', message: 'Tekst moet {link} bevatten; zonder werkt deze mail niet.' },
    ]);
    expect(templateProblems(DEFINITION, { subject: 'Hallo {voornaam}', body: '{link}' })).toEqual([]);
  });

  it('fills in one pass: a value with braces is not filled in again', () => {
    expect(fillPlaceholders('{voornaam} {link}', { voornaam: '{link}', link: 'x' })).toBe('{link} x');
    expect(renderMail(DEFINITION, { voornaam: 'Sanne', link: 'L' })).toEqual({ title: 'Hallo Sanne', body: 'Je link: L' });
  });
});
